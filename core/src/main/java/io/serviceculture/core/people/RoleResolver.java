package io.serviceculture.core.people;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Works out a viewer's roles and what they may see of a person. When an admin restricts people-level figures
 * (a person's kudos counts, attainment, commitments), only the person, their manager (by reporting line, or
 * as lead of a team they are in now) and HR see them; an admin is not shown them by being an admin, though
 * they may lift the restriction for everyone. Team-level figures are not restricted here.
 */
public final class RoleResolver {
    private final ReportingLines reportingLines;
    private final TeamLeads teamLeads;
    private final TeamHistory teams;
    private final Clock clock;

    public RoleResolver(ReportingLines reportingLines, TeamLeads teamLeads, TeamHistory teams, Clock clock) {
        this.reportingLines = reportingLines;
        this.teamLeads = teamLeads;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * @param inHrGroup whether the user is in the group configured as HR
     * @param jiraAdmin whether Jira counts the user as an administrator
     */
    public Viewer viewer(UserKey user, boolean inHrGroup, boolean jiraAdmin) {
        EnumSet<Role> roles = EnumSet.of(Role.USER);
        if (reportingLines.managesAnyone(user) || teamLeads.leadsAnyTeam(user)) {
            roles.add(Role.MANAGER);
        }
        if (inHrGroup) {
            roles.add(Role.HR);
        }
        if (jiraAdmin) {
            roles.add(Role.ADMIN);
        }
        return new Viewer(user, roles);
    }

    /** Whether the viewer manages the person directly or leads a team the person is in now. */
    public boolean manages(UserKey viewer, UserKey person) {
        if (reportingLines.isManagerOf(viewer, person)) {
            return true;
        }
        Instant now = clock.instant();
        List<TeamKey> personsTeams = teams.teamsAt(person, now);
        return teamLeads.leadsAnyOf(viewer, personsTeams);
    }

    /**
     * Whether the viewer may see the person's own figures.
     *
     * @param restricted the admin setting "people-level figures restricted to the person, their manager and HR"
     */
    public boolean maySeePersonFigures(Viewer viewer, UserKey person, boolean restricted) {
        if (!restricted || viewer.user().equals(person) || viewer.has(Role.HR)) {
            return true;
        }
        return viewer.has(Role.MANAGER) && manages(viewer.user(), person);
    }
}
