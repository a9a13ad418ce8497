package io.serviceculture.core.commitments;

import io.serviceculture.core.accountability.AccountabilityInput;
import io.serviceculture.core.accountability.IssueAccountability;
import io.serviceculture.core.accountability.IssueAccountabilityAnalyser;
import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.kudos.KudosStatisticsPort;
import io.serviceculture.core.people.LoadMembershipPort;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.standards.Attainment;
import io.serviceculture.core.standards.AttainmentCalculator;
import io.serviceculture.core.standards.CycleQuery;
import io.serviceculture.core.standards.CycleResultsPort;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.RecordedCycle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Measures a commitment at {@code now}, a pure function of what the ports hold, reusing what the other features
 * record rather than counting again:
 *
 * <ul>
 *   <li>attainment and first response from the completed cycles standards store, a cycle being the owner's when
 *       they were its assignee when it stopped, and in the period when it stopped in it;
 *   <li>hand-offs and client teams from the accountability analysis of each issue the owner resolved in the
 *       period, an issue being resolved by them when a time-to-resolution cycle of theirs stopped in it;
 *   <li>kudos given from the kudos store's counts.
 * </ul>
 *
 * Measuring runs to the end of the period or {@code now}, whichever is earlier.
 */
public final class CommitmentMeasurer {
    /** The accountability rules count a reopen within 14 days; hand-offs and client teams do not depend on it. */
    private static final Duration REOPEN_WINDOW = Duration.ofDays(14);

    private final CycleResultsPort cycles;
    private final IssueHistoryPort history;
    private final LoadMembershipPort memberships;
    private final KudosStatisticsPort kudos;

    public CommitmentMeasurer(
            CycleResultsPort cycles,
            IssueHistoryPort history,
            LoadMembershipPort memberships,
            KudosStatisticsPort kudos) {
        this.cycles = cycles;
        this.history = history;
        this.memberships = memberships;
        this.kudos = kudos;
    }

    public Measurement measure(Commitment commitment, Instant now) {
        Period period = commitment.period();
        double elapsed = period.elapsed(now);
        if (commitment.target() instanceof Target.Milestones) {
            OptionalDouble progress = commitment.checkIns().stream()
                    .filter(checkIn -> checkIn.progress().isPresent())
                    .reduce((first, second) -> second)
                    .map(checkIn -> OptionalDouble.of(checkIn.progress().getAsInt() / 100.0))
                    .orElse(OptionalDouble.of(0));
            return Measurement.of(OptionalDouble.empty(), commitment.checkIns().size(), progress, elapsed, true);
        }
        Target.Measured target = (Target.Measured) commitment.target();
        if (!now.isAfter(period.from())) {
            boolean count = target.measure().isCount();
            return Measurement.of(
                    count ? OptionalDouble.of(0) : OptionalDouble.empty(),
                    0,
                    count ? progress(target, 0) : OptionalDouble.empty(),
                    elapsed,
                    count);
        }
        Instant until = now.isBefore(period.to()) ? now : period.to();
        Figure figure = figure(commitment, target, period.from(), until);
        OptionalDouble progress =
                figure.value().isPresent() ? progress(target, figure.value().getAsDouble()) : OptionalDouble.empty();
        return Measurement.of(
                figure.value(),
                figure.sample(),
                progress,
                elapsed,
                target.measure().isCount());
    }

    private record Figure(OptionalDouble value, long sample) {}

    private Figure figure(Commitment commitment, Target.Measured target, Instant from, Instant until) {
        switch (target.measure()) {
            case STANDARD_ATTAINMENT -> {
                List<RecordedCycle> mine = ownCycles(commitment, target, from, until);
                Attainment attainment = AttainmentCalculator.byKey(mine.stream(), cycle -> "", RecordedCycle::met)
                        .getOrDefault("", Attainment.none());
                OptionalDouble ratio = attainment.ratio();
                return new Figure(
                        ratio.isPresent() ? OptionalDouble.of(ratio.getAsDouble() * 100) : OptionalDouble.empty(),
                        attainment.completed());
            }
            case MEDIAN_FIRST_RESPONSE -> {
                List<Long> millis = cycles.find(query(commitment, from, until)).stream()
                        .filter(cycle ->
                                Metric.FIRST_RESPONSE.equals(cycle.result().metricKey()))
                        .map(cycle -> cycle.result().cycle().elapsed().toMillis())
                        .sorted()
                        .toList();
                return new Figure(median(millis), millis.size());
            }
            case HANDOFFS_PER_RESOLVED_ISSUE -> {
                List<IssueAccountability> resolved = resolvedIssues(commitment, from, until);
                long handOffs = resolved.stream()
                        .mapToLong(issue -> issue.handOffs().size())
                        .sum();
                return new Figure(
                        resolved.isEmpty()
                                ? OptionalDouble.empty()
                                : OptionalDouble.of((double) handOffs / resolved.size()),
                        resolved.size());
            }
            case ISSUES_RESOLVED_FOR_CLIENT_TEAM -> {
                List<IssueAccountability> resolved = resolvedIssues(commitment, from, until);
                long forTeam = resolved.stream()
                        .filter(issue -> issue.clientTeam().equals(target.clientTeam()))
                        .count();
                return new Figure(OptionalDouble.of((double) forTeam), resolved.size());
            }
            case KUDOS_GIVEN -> {
                int given = kudos.countGivenBy(commitment.owner(), from, until);
                return new Figure(OptionalDouble.of(given), given);
            }
            default -> throw new IllegalStateException("no measure " + target.measure());
        }
    }

    private List<RecordedCycle> ownCycles(Commitment commitment, Target.Measured target, Instant from, Instant until) {
        CycleQuery query = query(commitment, from, until);
        if (target.standard().isPresent()) {
            query = query.standard(target.standard().get());
        }
        Optional<String> metric = target.metric();
        return cycles.find(query).stream()
                .filter(cycle -> metric.map(key -> key.equals(cycle.result().metricKey()))
                        .orElse(true))
                .toList();
    }

    private static CycleQuery query(Commitment commitment, Instant from, Instant until) {
        CycleQuery query = CycleQuery.all().assignee(commitment.owner());
        // an empty span (a period measured at its first instant) has no cycles; CycleQuery refuses it
        return until.isAfter(from) ? query.period(from, until) : query.period(from, from.plusMillis(1));
    }

    /** The issues whose time-to-resolution cycle stopped with the owner as assignee in the span, each once. */
    private List<IssueAccountability> resolvedIssues(Commitment commitment, Instant from, Instant until) {
        Set<Long> issueIds = new LinkedHashSet<>();
        for (RecordedCycle cycle : cycles.find(query(commitment, from, until))) {
            if (Metric.RESOLUTION.equals(cycle.result().metricKey())) {
                issueIds.add(cycle.result().issueId());
            }
        }
        if (issueIds.isEmpty()) {
            return List.of();
        }
        TeamHistory teams = TeamHistory.load(memberships);
        IssueAccountabilityAnalyser analyser = new IssueAccountabilityAnalyser(REOPEN_WINDOW);
        List<IssueAccountability> analysed = new ArrayList<>();
        for (long issueId : issueIds) {
            Optional<IssueTimeline> timeline = history.timeline(issueId);
            timeline.ifPresent(found -> analysed.add(analyser.analyse(AccountabilityInput.of(found), teams)));
        }
        return analysed;
    }

    /** The median in minutes; of an even number of values, the mean of the middle two. */
    static OptionalDouble median(List<Long> sortedMillis) {
        int n = sortedMillis.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double middle =
                n % 2 == 1 ? sortedMillis.get(n / 2) : (sortedMillis.get(n / 2 - 1) + sortedMillis.get(n / 2)) / 2.0;
        return OptionalDouble.of(middle / 60_000.0);
    }

    static OptionalDouble progress(Target.Measured target, double actual) {
        double goal = target.value();
        if (target.direction() == Direction.AT_LEAST) {
            return OptionalDouble.of(goal == 0 ? 1 : Math.min(1, actual / goal));
        }
        if (actual <= goal) {
            return OptionalDouble.of(1);
        }
        return OptionalDouble.of(goal / actual);
    }
}
