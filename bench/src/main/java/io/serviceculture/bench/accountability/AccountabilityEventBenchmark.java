package io.serviceculture.bench.accountability;

import io.serviceculture.core.accountability.AccountabilityIndex;
import io.serviceculture.core.accountability.AccountabilityInput;
import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.IssueAccountability;
import io.serviceculture.core.accountability.ScoreMatrix;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.SyntheticAccountabilityData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One issue event in an index that already holds 100k issues: the new event is appended to the issue's
 * timeline (as the listener's adapter does after reading it) and the issue's facts are recomputed. Quality bar:
 * at most 1 ms per event. The matrix of one month is measured alongside, for the page that shows it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx3g", "-XX:ActiveProcessorCount=1"})
public class AccountabilityEventBenchmark {
    private List<AccountabilityInput> issues = List.of();
    private AccountabilityIndex index = new AccountabilityIndex(TeamHistory.empty(), AccountabilitySettings.defaults());
    private static final Interval JUNE =
            new Interval(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));

    private int next;

    @Setup
    public void buildIndex() {
        SyntheticAccountabilityData data = new SyntheticAccountabilityData(
                2026, AccountabilityRebuildBenchmark.TEAMS, AccountabilityRebuildBenchmark.USERS);
        issues = data.issues(AccountabilityRebuildBenchmark.ISSUES, AccountabilityRebuildBenchmark.EVENTS_PER_ISSUE);
        index = new AccountabilityIndex(data.teamHistory(), AccountabilitySettings.defaults());
        index.rebuild(issues, data.teamHistory(), AccountabilitySettings.defaults());
        next = 0;
    }

    /** Not a quality bar: what the Accountability page's matrix costs over the same 100k issues. */
    @Benchmark
    public ScoreMatrix matrixOfOneMonth() {
        return index.matrix(JUNE);
    }

    @Benchmark
    public IssueAccountability oneAssigneeChange() {
        AccountabilityInput input = issues.get(next);
        next = (next + 7919) % issues.size();
        IssueTimeline timeline = input.timeline();
        List<IssueEvent> events = new ArrayList<>(timeline.events().size() + 1);
        events.addAll(timeline.events());
        IssueEvent last = events.get(events.size() - 1);
        events.add(new IssueEvent.AssigneeChanged(
                last.at().plusSeconds(60),
                Optional.of(UserKey.of("user1")),
                Optional.empty(),
                Optional.of(UserKey.of("user" + (next % AccountabilityRebuildBenchmark.USERS)))));
        IssueTimeline updated = new IssueTimeline(
                timeline.issueId(),
                timeline.issueKey(),
                timeline.facts(),
                timeline.reporter(),
                timeline.created(),
                timeline.initialStatus(),
                timeline.initialAssignee(),
                events);
        return index.update(new AccountabilityInput(updated, input.attainment(), input.rating()));
    }
}
