package io.serviceculture.core.standards;

import io.serviceculture.core.accountability.Ownership;
import io.serviceculture.core.people.TeamKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits an explained clock by who owned the issue, as the accountability figures see ownership. The evaluator
 * closes an explained interval at every assignee change, and ownership changes only there, so each interval lies
 * within one owner's stretch and its counted time goes to that owner whole: no working time is counted twice or
 * lost, and the split needs no calendar. An interval that crossed an owner's boundary would be a bug, and is
 * refused.
 */
public final class TeamClocks {
    private TeamClocks() {}

    /**
     * Each team's owned working time and the unowned gap of one clock, all cycles together.
     *
     * @param ownership who owned the issue from its creation to at least the clock's "now", without gaps
     */
    public static TeamClock split(ClockExplanation clock, List<Ownership> ownership) {
        Map<TeamKey, Duration> byTeam = new LinkedHashMap<>();
        Duration unowned = Duration.ZERO;
        Duration counted = Duration.ZERO;
        for (ExplainedCycle cycle : clock.cycles()) {
            counted = counted.plus(cycle.elapsed());
            for (ClockInterval interval : cycle.intervals()) {
                Optional<TeamKey> owner = ownerOf(interval, ownership);
                if (owner.isPresent()) {
                    byTeam.merge(owner.get(), interval.counted(), Duration::plus);
                } else {
                    unowned = unowned.plus(interval.counted());
                }
            }
        }
        List<TeamTime> teams = new ArrayList<>(byTeam.size());
        byTeam.forEach((team, owned) -> teams.add(new TeamTime(team, owned)));
        return new TeamClock(
                clock.standard(), clock.standardName(), clock.metricKey(), clock.metricName(), counted, teams, unowned);
    }

    /**
     * The clock as one team's clock: working time counted while another team, or nobody, owned the issue does not
     * count for it and says so ({@link IntervalReason#OWNED_BY_ANOTHER_TEAM} naming that team, or
     * {@link IntervalReason#OWNED_BY_NOBODY}); every other interval is as it was. Each cycle's elapsed time becomes
     * the team's own, the goal stays the metric's.
     */
    public static ClockExplanation forTeam(ClockExplanation clock, List<Ownership> ownership, TeamKey team) {
        List<ExplainedCycle> cycles = new ArrayList<>(clock.cycles().size());
        for (ExplainedCycle cycle : clock.cycles()) {
            List<ClockInterval> intervals = new ArrayList<>(cycle.intervals().size());
            Duration owned = Duration.ZERO;
            for (ClockInterval interval : cycle.intervals()) {
                Optional<TeamKey> owner = ownerOf(interval, ownership);
                if (interval.reason() != IntervalReason.COUNTED || owner.equals(Optional.of(team))) {
                    intervals.add(interval);
                    owned = owned.plus(interval.counted());
                } else {
                    intervals.add(new ClockInterval(
                            interval.from(),
                            interval.to(),
                            owner.isPresent() ? IntervalReason.OWNED_BY_ANOTHER_TEAM : IntervalReason.OWNED_BY_NOBODY,
                            owner.map(TeamKey::groupName).orElse(""),
                            Duration.ZERO,
                            interval.startedBy(),
                            interval.endedBy()));
                }
            }
            cycles.add(
                    new ExplainedCycle(cycle.version(), cycle.start(), cycle.stop(), owned, cycle.goal(), intervals));
        }
        return new ClockExplanation(
                clock.standard(), clock.standardName(), clock.metricKey(), clock.metricName(), cycles);
    }

    private static Optional<TeamKey> ownerOf(ClockInterval interval, List<Ownership> ownership) {
        for (Ownership stretch : ownership) {
            if (stretch.interval().contains(interval.from())) {
                if (interval.to().isAfter(stretch.interval().to())) {
                    throw new IllegalStateException("an interval from " + interval.from() + " to " + interval.to()
                            + " crosses a change of owner at "
                            + stretch.interval().to());
                }
                return stretch.team();
            }
        }
        throw new IllegalStateException("nobody's ownership covers " + interval.from());
    }
}
