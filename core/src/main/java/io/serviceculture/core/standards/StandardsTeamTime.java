package io.serviceculture.core.standards;

import io.serviceculture.core.accountability.IssueAccountabilityAnalyser;
import io.serviceculture.core.accountability.IssueTeamTime;
import io.serviceculture.core.accountability.Ownership;
import io.serviceculture.core.accountability.TeamTimePort;
import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.people.LoadMembershipPort;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accountability matrix's team time from the team ownership clocks: for each issue, the first clock of the
 * {@link Metric#RESOLUTION} metric among its matched standards, split by owning team as {@link TeamClocks} splits it.
 * The team history is loaded once per page, not per issue. No browse check: the figures count issues, and the
 * drill-down names only those the viewer may browse.
 */
public final class StandardsTeamTime implements TeamTimePort {
    private final StandardsService standards;
    private final IssueHistoryPort history;
    private final LoadMembershipPort memberships;

    public StandardsTeamTime(StandardsService standards, IssueHistoryPort history, LoadMembershipPort memberships) {
        this.standards = standards;
        this.history = history;
        this.memberships = memberships;
    }

    @Override
    public Map<Long, IssueTeamTime> teamTimes(Collection<Long> issueIds) {
        TeamHistory teams = TeamHistory.load(memberships);
        Map<Long, IssueTeamTime> times = new HashMap<>();
        for (long issueId : issueIds) {
            history.timeline(issueId).flatMap(t -> teamTime(t, teams)).ifPresent(t -> times.put(issueId, t));
        }
        return times;
    }

    private Optional<IssueTeamTime> teamTime(IssueTimeline timeline, TeamHistory teams) {
        IssueClocksExplained explained = standards.explained(timeline);
        Optional<ClockExplanation> resolution = explained.clocks().stream()
                .filter(c -> c.metricKey().equals(Metric.RESOLUTION))
                .findFirst();
        if (resolution.isEmpty()) {
            return Optional.empty();
        }
        List<Ownership> ownership = IssueAccountabilityAnalyser.ownership(timeline, teams, explained.now());
        Map<TeamKey, Duration> owned = new HashMap<>();
        for (TeamTime team : TeamClocks.split(resolution.get(), ownership).teams()) {
            owned.put(team.team(), team.owned());
        }
        return Optional.of(
                new IssueTeamTime(timeline.issueId(), timeline.facts().priority(), owned));
    }
}
