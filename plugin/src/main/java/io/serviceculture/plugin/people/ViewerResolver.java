package io.serviceculture.plugin.people;

import com.atlassian.sal.api.user.UserManager;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.ReportingLines;
import io.serviceculture.core.people.RoleResolver;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.TeamLeads;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.people.Viewer;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Resolves on the server, per call, who a viewer is: their roles, the people they manage, and whether they may see a
 * person's own figures. It takes only the facts about the people in question (reporting lines and team leads from
 * {@link AoManagers}' cluster-invalidated cache, memberships from their rows) and lets the core's {@link
 * RoleResolver} apply the rules; no node keeps anyone's resolved roles between requests.
 */
@Named
public class ViewerResolver {
    private final AoManagers managers;
    private final AoMembershipStore memberships;
    private final UserManager salUsers;
    private final PeopleSettings settings;
    private final Clock clock;

    @Inject
    public ViewerResolver(
            AoManagers managers, AoMembershipStore memberships, UserManager salUsers, PeopleSettings settings) {
        this(managers, memberships, salUsers, settings, Clock.systemUTC());
    }

    ViewerResolver(
            AoManagers managers,
            AoMembershipStore memberships,
            UserManager salUsers,
            PeopleSettings settings,
            Clock clock) {
        this.managers = managers;
        this.memberships = memberships;
        this.salUsers = salUsers;
        this.settings = settings;
        this.clock = clock;
    }

    public Viewer viewer(UserKey user) {
        var key = new com.atlassian.sal.api.user.UserKey(user.value());
        boolean hr = salUsers.isUserInGroup(key, settings.hrGroup());
        boolean admin = salUsers.isAdmin(key);
        return resolverFor(user, List.of()).viewer(user, hr, admin);
    }

    /** The people the manager manages now: direct reports, and the current members of every team they lead. */
    public Set<UserKey> reportsOf(UserKey manager) {
        Set<UserKey> reports = new TreeSet<>(managers.directReportsOf(manager));
        Set<TeamKey> led = managers.teamsLedBy(manager);
        if (!led.isEmpty()) {
            memberships.periodsOfTeams(led).stream()
                    .filter(MembershipPeriod::isOpen)
                    .map(MembershipPeriod::user)
                    .forEach(reports::add);
        }
        reports.remove(manager);
        return reports;
    }

    /** Whether the viewer may see the person's own figures, under the admin's restriction if it is on. */
    public boolean maySeePersonFigures(Viewer viewer, UserKey person) {
        boolean restricted = settings.personFiguresRestricted();
        if (!restricted) {
            return true;
        }
        return resolverFor(viewer.user(), List.of(person)).maySeePersonFigures(viewer, person, true);
    }

    private RoleResolver resolverFor(UserKey viewer, List<UserKey> people) {
        Map<UserKey, UserKey> lines = new java.util.HashMap<>();
        managers.directReportsOf(viewer).forEach(report -> lines.put(report, viewer));
        for (UserKey person : people) {
            managers.managerOf(person).ifPresent(manager -> lines.put(person, manager));
        }
        Map<TeamKey, Set<UserKey>> leads = new java.util.HashMap<>();
        managers.teamsLedBy(viewer).forEach(team -> leads.put(team, Set.of(viewer)));
        TeamHistory history = people.isEmpty()
                ? TeamHistory.empty()
                : TeamHistory.of(memberships.periodsOfUsers(people), memberships.primaryTeams());
        return new RoleResolver(safeLines(lines), new TeamLeads(leads), history, clock);
    }

    // the stored lines were checked on import, but a partial read could still pair a person with themselves
    private static ReportingLines safeLines(Map<UserKey, UserKey> lines) {
        lines.entrySet().removeIf(line -> line.getKey().equals(line.getValue()));
        return ReportingLines.of(lines);
    }
}
