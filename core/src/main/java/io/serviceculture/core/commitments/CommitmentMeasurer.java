package io.serviceculture.core.commitments;

import io.serviceculture.core.accountability.AccountabilityInput;
import io.serviceculture.core.accountability.IssueAccountability;
import io.serviceculture.core.accountability.IssueAccountabilityAnalyser;
import io.serviceculture.core.accountability.ServedIssue;
import io.serviceculture.core.commitments.IssueContribution.Exclusion;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.kudos.KudosStatisticsPort;
import io.serviceculture.core.people.LoadMembershipPort;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.standards.Attainment;
import io.serviceculture.core.standards.CycleQuery;
import io.serviceculture.core.standards.CycleResultsPort;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.RecordedCycle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 *   <li>kudos given from the kudos store's counts;
 *   <li>a team's owned hours from the accountability matrix's owned time of that provider team.
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
    private final TeamOwnedTimePort ownedTime;

    public CommitmentMeasurer(
            CycleResultsPort cycles,
            IssueHistoryPort history,
            LoadMembershipPort memberships,
            KudosStatisticsPort kudos,
            TeamOwnedTimePort ownedTime) {
        this.cycles = cycles;
        this.history = history;
        this.memberships = memberships;
        this.kudos = kudos;
        this.ownedTime = ownedTime;
    }

    public Measurement measure(Commitment commitment, Instant now) {
        return evaluate(commitment, now, false).measurement();
    }

    /**
     * The measurement with the issues behind it, computed from the same entries as {@link #measure}. It reads more
     * than a measurement needs to say why issues are left out: the history of each issue not resolved in the period,
     * and the owner's cycles that stopped after the period ended.
     */
    public MeasurementBasis basis(Commitment commitment, Instant now) {
        return evaluate(commitment, now, true);
    }

    private MeasurementBasis evaluate(Commitment commitment, Instant now, boolean explain) {
        Period period = commitment.period();
        double elapsed = period.elapsed(now);
        if (commitment.target() instanceof Target.Milestones) {
            OptionalDouble progress = commitment.checkIns().stream()
                    .filter(checkIn -> checkIn.progress().isPresent())
                    .reduce((first, second) -> second)
                    .map(checkIn -> OptionalDouble.of(checkIn.progress().getAsInt() / 100.0))
                    .orElse(OptionalDouble.of(0));
            return new MeasurementBasis(
                    Measurement.of(OptionalDouble.empty(), commitment.checkIns().size(), progress, elapsed, true),
                    List.of());
        }
        Target.Measured target = (Target.Measured) commitment.target();
        if (!now.isAfter(period.from())) {
            boolean count = target.measure().isCount();
            return new MeasurementBasis(
                    Measurement.of(
                            count ? OptionalDouble.of(0) : OptionalDouble.empty(),
                            0,
                            count ? progress(target, 0) : OptionalDouble.empty(),
                            elapsed,
                            count),
                    List.of());
        }
        Instant until = now.isBefore(period.to()) ? now : period.to();
        List<IssueContribution> issues = contributions(commitment, target, period.from(), until);
        if (explain && now.isAfter(period.to())) {
            issues = withLaterCycles(commitment, target, issues, period.to(), now);
        }
        if (explain) {
            issues = withOpenIssues(issues);
        }
        Figure figure = figure(commitment, target, period.from(), until, issues);
        OptionalDouble progress =
                figure.value().isPresent() ? progress(target, figure.value().getAsDouble()) : OptionalDouble.empty();
        return new MeasurementBasis(
                Measurement.of(
                        figure.value(),
                        figure.sample(),
                        progress,
                        elapsed,
                        target.measure().isCount(),
                        figure.lowConfidence()),
                issues);
    }

    private record Figure(OptionalDouble value, long sample, boolean lowConfidence) {
        Figure(OptionalDouble value, long sample) {
            this(value, sample, false);
        }
    }

    /** The figure from the entries, and nothing else, so that the issues shown always add up to it. */
    private Figure figure(
            Commitment commitment,
            Target.Measured target,
            Instant from,
            Instant until,
            List<IssueContribution> issues) {
        List<IssueContribution> counted =
                issues.stream().filter(IssueContribution::counts).toList();
        switch (target.measure()) {
            case STANDARD_ATTAINMENT -> {
                Attainment attainment = counted.stream()
                        .collect(Attainment.counting(issue -> issue.verdict() == IssueContribution.Verdict.MET));
                OptionalDouble ratio = attainment.ratio();
                return new Figure(
                        ratio.isPresent() ? OptionalDouble.of(ratio.getAsDouble() * 100) : OptionalDouble.empty(),
                        attainment.completed());
            }
            case MEDIAN_FIRST_RESPONSE -> {
                List<Double> minutes = counted.stream()
                        .map(issue -> issue.value().getAsDouble())
                        .sorted()
                        .toList();
                return new Figure(median(minutes), minutes.size());
            }
            case HANDOFFS_PER_RESOLVED_ISSUE -> {
                double handOffs = counted.stream()
                        .mapToDouble(issue -> issue.value().getAsDouble())
                        .sum();
                return new Figure(
                        counted.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(handOffs / counted.size()),
                        counted.size());
            }
            case ISSUES_RESOLVED_FOR_CLIENT_TEAM -> {
                // over every issue the owner resolved: for the team, for another team, or for none
                long resolved = issues.stream()
                        .filter(issue -> issue.counts()
                                || issue.exclusion().equals(Optional.of(Exclusion.OTHER_CLIENT_TEAM))
                                || issue.exclusion().equals(Optional.of(Exclusion.NO_CLIENT_TEAM)))
                        .count();
                double forTeam = counted.stream()
                        .mapToDouble(issue -> issue.value().getAsDouble())
                        .sum();
                return new Figure(OptionalDouble.of(forTeam), resolved);
            }
            case KUDOS_GIVEN -> {
                int given = kudos.countGivenBy(commitment.owner(), from, until);
                return new Figure(OptionalDouble.of(given), given);
            }
            case TEAM_OWNED_HOURS -> {
                double hours = counted.stream()
                        .mapToDouble(issue -> issue.value().getAsDouble())
                        .sum();
                return new Figure(
                        counted.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(hours / counted.size()),
                        counted.size(),
                        counted.size() < ownedTime.lowConfidenceBelow());
            }
            default -> throw new IllegalStateException("no measure " + target.measure());
        }
    }

    /** Every issue of the owner's with a cycle that stopped in the span, as the measure counts or excludes it. */
    private List<IssueContribution> contributions(
            Commitment commitment, Target.Measured target, Instant from, Instant until) {
        switch (target.measure()) {
            case STANDARD_ATTAINMENT, MEDIAN_FIRST_RESPONSE -> {
                List<RecordedCycle> mine = cycles.find(query(commitment, from, until));
                List<IssueContribution> counted = new ArrayList<>();
                Map<Long, Exclusion> excluded = new LinkedHashMap<>();
                for (RecordedCycle cycle : mine) {
                    Optional<Exclusion> exclusion = exclusion(target, cycle);
                    if (exclusion.isEmpty()) {
                        counted.add(IssueContribution.cycle(cycle.result().issueId(), cycle.met(), minutes(cycle)));
                    } else {
                        excluded.putIfAbsent(cycle.result().issueId(), exclusion.get());
                    }
                }
                return withExclusions(counted, excluded);
            }
            case HANDOFFS_PER_RESOLVED_ISSUE, ISSUES_RESOLVED_FOR_CLIENT_TEAM -> {
                return resolvedIssues(commitment, target, from, until);
            }
            case TEAM_OWNED_HOURS -> {
                return servedIssues(target, from, until);
            }
            default -> {
                return List.of();
            }
        }
    }

    /** Why a cycle of the owner's does not count for the measure; empty when it counts. */
    private static Optional<Exclusion> exclusion(Target.Measured target, RecordedCycle cycle) {
        String metric = cycle.result().metricKey();
        if (target.measure() == MeasureKind.MEDIAN_FIRST_RESPONSE) {
            return Metric.FIRST_RESPONSE.equals(metric) ? Optional.empty() : Optional.of(Exclusion.OTHER_METRIC);
        }
        if (target.measure() != MeasureKind.STANDARD_ATTAINMENT) {
            return Metric.RESOLUTION.equals(metric) ? Optional.empty() : Optional.of(Exclusion.NOT_RESOLVED_IN_PERIOD);
        }
        if (target.standard().isPresent()
                && !target.standard().get().equals(cycle.result().standard())) {
            return Optional.of(Exclusion.OTHER_STANDARD);
        }
        if (target.metric().isPresent() && !target.metric().get().equals(metric)) {
            return Optional.of(Exclusion.OTHER_METRIC);
        }
        return Optional.empty();
    }

    private static double minutes(RecordedCycle cycle) {
        return cycle.result().cycle().elapsed().toMillis() / 60_000.0;
    }

    /** The counted entries, then each excluded issue that counts nowhere, once. */
    private static List<IssueContribution> withExclusions(
            List<IssueContribution> counted, Map<Long, Exclusion> excluded) {
        Set<Long> countedIssues = new HashSet<>();
        counted.forEach(issue -> countedIssues.add(issue.issueId()));
        List<IssueContribution> all = new ArrayList<>(counted);
        excluded.forEach((issueId, reason) -> {
            if (!countedIssues.contains(issueId)) {
                all.add(IssueContribution.excluded(issueId, reason));
            }
        });
        return all;
    }

    private static CycleQuery query(Commitment commitment, Instant from, Instant until) {
        CycleQuery query = CycleQuery.all().assignee(commitment.owner());
        // an empty span (a period measured at its first instant) has no cycles; CycleQuery refuses it
        return until.isAfter(from) ? query.period(from, until) : query.period(from, from.plusMillis(1));
    }

    /**
     * The issues whose time-to-resolution cycle stopped with the owner as assignee in the span, each once, counted
     * from their accountability analysis; the owner's other issues of the span are excluded as not resolved there.
     */
    private List<IssueContribution> resolvedIssues(
            Commitment commitment, Target.Measured target, Instant from, Instant until) {
        Set<Long> resolvedIds = new LinkedHashSet<>();
        Set<Long> otherIds = new LinkedHashSet<>();
        for (RecordedCycle cycle : cycles.find(query(commitment, from, until))) {
            if (Metric.RESOLUTION.equals(cycle.result().metricKey())) {
                resolvedIds.add(cycle.result().issueId());
            } else {
                otherIds.add(cycle.result().issueId());
            }
        }
        otherIds.removeAll(resolvedIds);
        List<IssueContribution> counted = new ArrayList<>();
        Map<Long, Exclusion> excluded = new LinkedHashMap<>();
        if (!resolvedIds.isEmpty()) {
            TeamHistory teams = TeamHistory.load(memberships);
            IssueAccountabilityAnalyser analyser = new IssueAccountabilityAnalyser(REOPEN_WINDOW);
            for (long issueId : resolvedIds) {
                Optional<IssueTimeline> timeline = history.timeline(issueId);
                if (timeline.isEmpty()) {
                    excluded.put(issueId, Exclusion.NO_HISTORY);
                    continue;
                }
                IssueAccountability issue = analyser.analyse(AccountabilityInput.of(timeline.get()), teams);
                if (target.measure() == MeasureKind.HANDOFFS_PER_RESOLVED_ISSUE) {
                    counted.add(
                            IssueContribution.counted(issueId, issue.handOffs().size()));
                } else if (issue.clientTeam().isEmpty()) {
                    excluded.put(issueId, Exclusion.NO_CLIENT_TEAM);
                } else if (issue.clientTeam().equals(target.team())) {
                    counted.add(IssueContribution.counted(issueId, 1));
                } else {
                    excluded.put(issueId, Exclusion.OTHER_CLIENT_TEAM);
                }
            }
        }
        otherIds.forEach(issueId -> excluded.put(issueId, Exclusion.NOT_RESOLVED_IN_PERIOD));
        return withExclusions(counted, excluded);
    }

    /**
     * The issues the commitment's team served that were finally resolved in the span, each counted with the team's
     * owned working hours, or left out when no resolution clock measured it.
     */
    private List<IssueContribution> servedIssues(Target.Measured target, Instant from, Instant until) {
        if (!until.isAfter(from)) {
            return List.of();
        }
        List<IssueContribution> issues = new ArrayList<>();
        for (ServedIssue issue : ownedTime.servedBy(target.team().orElseThrow(), from, until)) {
            issues.add(issue.owned()
                    .map(owned -> IssueContribution.counted(issue.issueId(), owned.toMillis() / 3_600_000.0))
                    .orElseGet(() -> IssueContribution.excluded(issue.issueId(), Exclusion.NO_RESOLUTION_CLOCK)));
        }
        return issues;
    }

    /** Adds the owner's issues whose cycle of the measured kind stopped after the period, if not listed yet. */
    private List<IssueContribution> withLaterCycles(
            Commitment commitment, Target.Measured target, List<IssueContribution> issues, Instant end, Instant now) {
        if (target.measure() == MeasureKind.KUDOS_GIVEN || target.measure() == MeasureKind.TEAM_OWNED_HOURS) {
            // kudos have no issues; a team's served issues are those finally resolved in the period, by definition
            return issues;
        }
        Set<Long> listed = new HashSet<>();
        issues.forEach(issue -> listed.add(issue.issueId()));
        List<IssueContribution> all = new ArrayList<>(issues);
        for (RecordedCycle cycle : cycles.find(query(commitment, end, now))) {
            if (exclusion(target, cycle).isEmpty() && listed.add(cycle.result().issueId())) {
                all.add(IssueContribution.excluded(cycle.result().issueId(), Exclusion.STOPPED_AFTER_PERIOD));
            }
        }
        return all;
    }

    /** Tells which of the issues not resolved in the period are still open, or can no longer be read. */
    private List<IssueContribution> withOpenIssues(List<IssueContribution> issues) {
        List<IssueContribution> all = new ArrayList<>();
        for (IssueContribution issue : issues) {
            if (issue.exclusion().equals(Optional.of(Exclusion.NOT_RESOLVED_IN_PERIOD))) {
                Optional<IssueTimeline> timeline = history.timeline(issue.issueId());
                if (timeline.isEmpty()) {
                    all.add(IssueContribution.excluded(issue.issueId(), Exclusion.NO_HISTORY));
                    continue;
                }
                if (open(timeline.get())) {
                    all.add(IssueContribution.excluded(issue.issueId(), Exclusion.STILL_OPEN));
                    continue;
                }
            }
            all.add(issue);
        }
        return all;
    }

    /** Open when never resolved, or when its last resolution was cleared. */
    private static boolean open(IssueTimeline timeline) {
        IssueEvent last = null;
        for (IssueEvent event : timeline.events()) {
            if (event instanceof IssueEvent.ResolutionSet || event instanceof IssueEvent.ResolutionCleared) {
                last = event;
            }
        }
        return !(last instanceof IssueEvent.ResolutionSet);
    }

    /** The median in minutes; of an even number of values, the mean of the middle two. */
    static OptionalDouble median(List<Double> sortedMinutes) {
        int n = sortedMinutes.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(
                n % 2 == 1
                        ? sortedMinutes.get(n / 2)
                        : (sortedMinutes.get(n / 2 - 1) + sortedMinutes.get(n / 2)) / 2.0);
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
