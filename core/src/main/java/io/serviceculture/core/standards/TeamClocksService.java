package io.serviceculture.core.standards;

import io.serviceculture.core.accountability.IssueAccountabilityAnalyser;
import io.serviceculture.core.accountability.Ownership;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.people.LoadMembershipPort;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Team ownership clocks of one issue: every clock of the issue's standards split by the team that owned the issue
 * while it counted, with the time nobody owned it, and one team's view of a clock interval by interval. Built on
 * the explained clocks (so the same walk counts them) and the accountability ownership (so a team's clock runs
 * exactly while the hand-offs say it owned the issue). The same browse check as the clocks, which run first.
 */
public final class TeamClocksService {
    private final StandardsService standards;
    private final IssueHistoryPort history;
    private final LoadMembershipPort memberships;

    public TeamClocksService(StandardsService standards, IssueHistoryPort history, LoadMembershipPort memberships) {
        this.standards = standards;
        this.history = history;
        this.memberships = memberships;
    }

    /** Each clock's owned working time per team and the unowned gap, as of now. */
    public IssueTeamClocks teamClocks(UserKey viewer, long issueId) {
        IssueClocksExplained explained = standards.explain(viewer, issueId);
        List<Ownership> ownership = ownership(issueId, explained);
        List<TeamClock> clocks = new ArrayList<>(explained.clocks().size());
        for (ClockExplanation clock : explained.clocks()) {
            clocks.add(TeamClocks.split(clock, ownership));
        }
        return new IssueTeamClocks(issueId, explained.issueKey(), explained.now(), clocks);
    }

    /** The issue's clocks as {@code team}'s clocks: what counted while others owned it says so. */
    public IssueClocksExplained explainFor(UserKey viewer, long issueId, TeamKey team) {
        IssueClocksExplained explained = standards.explain(viewer, issueId);
        List<Ownership> ownership = ownership(issueId, explained);
        List<ClockExplanation> clocks = new ArrayList<>(explained.clocks().size());
        for (ClockExplanation clock : explained.clocks()) {
            clocks.add(TeamClocks.forTeam(clock, ownership, team));
        }
        return new IssueClocksExplained(issueId, explained.issueKey(), explained.now(), clocks);
    }

    private List<Ownership> ownership(long issueId, IssueClocksExplained explained) {
        IssueTimeline timeline = history.timeline(issueId)
                .orElseThrow(() -> new NotFoundException("service-culture.standards.issue.error.not-found"));
        TeamHistory teams =
                TeamHistory.of(memberships.periodsOfUsers(assigneesOf(timeline)), memberships.primaryTeams());
        return IssueAccountabilityAnalyser.ownership(timeline, teams, explained.now());
    }

    private static Set<UserKey> assigneesOf(IssueTimeline timeline) {
        Set<UserKey> people = new TreeSet<>();
        timeline.initialAssignee().ifPresent(people::add);
        for (IssueEvent.AssigneeChanged change : timeline.eventsOf(IssueEvent.AssigneeChanged.class)) {
            change.to().ifPresent(people::add);
        }
        return people;
    }
}
