package io.serviceculture.core.insights;

import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.Role;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.people.Viewer;
import java.util.Optional;
import java.util.Set;

/**
 * Whose recognition a viewer may look at. HR and Jira admins see everyone; a manager sees the people they manage
 * (direct reports and the members of teams they lead) and the teams they lead; nobody else sees insights. When an
 * admin restricts people-level figures, only HR and managers (for their own people) are shown names: an admin who
 * is not in HR then sees the team-level figures and counts, without names.
 *
 * @param people the people in scope, or empty for everyone
 * @param teams the teams in scope, or empty for every team
 * @param namesPeople whether people may be named (for example, as having received no kudos)
 */
public record InsightsScope(Optional<Set<UserKey>> people, Optional<Set<TeamKey>> teams, boolean namesPeople) {
    public InsightsScope {
        people = people.map(Set::copyOf);
        teams = teams.map(Set::copyOf);
    }

    /**
     * @param managed the people the viewer manages now
     * @param ledTeams the teams the viewer leads
     * @param restricted the admin's "restrict people-level figures" setting
     * @throws PermissionDeniedException for anyone who is neither HR, an admin nor a manager
     */
    public static InsightsScope of(Viewer viewer, Set<UserKey> managed, Set<TeamKey> ledTeams, boolean restricted) {
        if (viewer.has(Role.HR)) {
            return everyone(true);
        }
        if (viewer.has(Role.ADMIN)) {
            return everyone(!restricted);
        }
        if (viewer.has(Role.MANAGER) && (!managed.isEmpty() || !ledTeams.isEmpty())) {
            return new InsightsScope(Optional.of(managed), Optional.of(ledTeams), true);
        }
        throw new PermissionDeniedException("service-culture.insights.error.not-allowed");
    }

    public static InsightsScope everyone(boolean namesPeople) {
        return new InsightsScope(Optional.empty(), Optional.empty(), namesPeople);
    }

    public boolean isEveryone() {
        return people.isEmpty();
    }

    public boolean coversTeam(TeamKey team) {
        return teams.map(t -> t.contains(team)).orElse(true);
    }
}
