package io.serviceculture.core.standards;

import java.time.Duration;
import java.util.List;

/**
 * One clock of an issue split by owning team: each team's clock runs only while the team owns the issue, and the
 * time nobody owned it is kept apart. Every counted instant belongs to exactly one owner, so the teams' times and
 * the unowned time add up to the clock's counted time over all its cycles; the constructor refuses anything else.
 *
 * @param counted the working time the metric counted, all cycles together
 * @param teams every team that owned the issue while the clock counted, in the order each first took it
 * @param unowned the working time counted while nobody owned the issue (unassigned, or an assignee in no team)
 */
public record TeamClock(
        StandardId standard,
        String standardName,
        String metricKey,
        String metricName,
        Duration counted,
        List<TeamTime> teams,
        Duration unowned) {
    public TeamClock {
        teams = List.copyOf(teams);
        Duration total = unowned;
        for (TeamTime team : teams) {
            total = total.plus(team.owned());
        }
        if (!total.equals(counted)) {
            throw new IllegalStateException(
                    "the teams and the gap hold " + total + " but the clock counted " + counted);
        }
    }
}
