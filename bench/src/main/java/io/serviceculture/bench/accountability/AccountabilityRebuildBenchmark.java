package io.serviceculture.bench.accountability;

import io.serviceculture.core.accountability.AccountabilityIndex;
import io.serviceculture.core.accountability.AccountabilityInput;
import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.testing.SyntheticAccountabilityData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full rebuild of every issue's accountability facts, the nightly job's work after an admin changes past
 * attribution. Quality bar: 100k issues with 1M history items in at most 20 s on one core. The timelines are
 * generated in memory, deterministically, so the figure is the engine's alone, not the history loader's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx3g", "-XX:ActiveProcessorCount=1"})
public class AccountabilityRebuildBenchmark {
    static final int ISSUES = 100_000;
    static final int EVENTS_PER_ISSUE = 10;
    static final int TEAMS = 40;
    static final int USERS = 2_000;

    private List<AccountabilityInput> issues = List.of();
    private TeamHistory teams = TeamHistory.empty();
    private AccountabilityIndex index = new AccountabilityIndex(teams, AccountabilitySettings.defaults());

    @Setup(Level.Trial)
    public void generate() {
        SyntheticAccountabilityData data = new SyntheticAccountabilityData(2026, TEAMS, USERS);
        teams = data.teamHistory();
        issues = data.issues(ISSUES, EVENTS_PER_ISSUE);
        long items =
                issues.stream().mapToLong(i -> i.timeline().events().size()).sum();
        if (items < 1_000_000) {
            throw new IllegalStateException("the data set has only " + items + " history items");
        }
        System.out.printf("%n%d issues, %d history items%n", issues.size(), items);
    }

    @Setup(Level.Iteration)
    public void emptyIndex() {
        index = new AccountabilityIndex(teams, AccountabilitySettings.defaults());
    }

    @Benchmark
    public AccountabilityIndex rebuild() {
        index.rebuild(issues, teams, AccountabilitySettings.defaults());
        return index;
    }
}
