package io.serviceculture.plugin.people;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.ImportError;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.MembershipReconciler;
import io.serviceculture.core.people.ReportingLinesImport;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The admin's use cases for the people directory. Every one checks on the server that the caller is a Jira admin
 * before anything else, whatever guarded the way in, and records the change in the audit log.
 */
@Named
public class PeopleAdministration {
    private final com.atlassian.sal.api.user.UserManager salUsers;
    private final UserManager users;
    private final GroupManager groups;
    private final PeopleSettings settings;
    private final AoMembershipStore memberships;
    private final AoManagers managers;
    private final PeopleAudit audit;
    private final MembershipReconciler reconciler;

    @Inject
    public PeopleAdministration(
            com.atlassian.sal.api.user.UserManager salUsers,
            UserManager users,
            GroupManager groups,
            PeopleSettings settings,
            AoMembershipStore memberships,
            AoManagers managers,
            PeopleAudit audit) {
        this(salUsers, users, groups, settings, memberships, managers, audit, Clock.systemUTC());
    }

    PeopleAdministration(
            com.atlassian.sal.api.user.UserManager salUsers,
            UserManager users,
            GroupManager groups,
            PeopleSettings settings,
            AoMembershipStore memberships,
            AoManagers managers,
            PeopleAudit audit,
            Clock clock) {
        this.salUsers = salUsers;
        this.users = users;
        this.groups = groups;
        this.settings = settings;
        this.memberships = memberships;
        this.managers = managers;
        this.audit = audit;
        this.reconciler = new MembershipReconciler(memberships, memberships, clock);
    }

    /** The import was refused: every row's error, and nothing stored. */
    public static final class ReportingLinesRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // never serialised: it goes from the use case to the resource in one request
        private final List<ImportError> errors;

        ReportingLinesRejected(List<ImportError> errors) {
            super(errors.size() + " rows of the reporting-line file were refused");
            this.errors = List.copyOf(errors);
        }

        public List<ImportError> errors() {
            return errors;
        }
    }

    /** Marks a Jira group as a team, and records its current members as having joined now. */
    public void markTeam(UserKey actor, String groupName) {
        requireAdmin(actor);
        TeamKey team = existingGroup("group", groupName);
        Set<TeamKey> teams = new TreeSet<>(settings.teams());
        if (!teams.add(team)) {
            return;
        }
        settings.setTeams(teams);
        Set<UserKey> members = new TreeSet<>();
        for (ApplicationUser member : groups.getUsersInGroup(team.groupName())) {
            members.add(UserKey.of(member.getKey()));
        }
        reconciler.teamMarked(team, members);
        audit.record("service-culture.audit.people.team-marked", team.groupName(), "");
    }

    /** Stops treating a group as a team; its members' periods end now, and the history stays. */
    public void unmarkTeam(UserKey actor, String groupName) {
        requireAdmin(actor);
        TeamKey team = markedTeam(groupName);
        Set<TeamKey> teams = new TreeSet<>(settings.teams());
        teams.remove(team);
        settings.setTeams(teams);
        memberships.periodsOfTeams(List.of(team)).stream()
                .filter(MembershipPeriod::isOpen)
                .forEach(period -> reconciler.memberRemoved(period.user(), team));
        audit.record("service-culture.audit.people.team-unmarked", team.groupName(), "");
    }

    /** Sets the person's primary team, or clears it (the first of their teams alphabetically then applies). */
    public void setPrimaryTeam(UserKey actor, String userName, Optional<String> teamName) {
        requireAdmin(actor);
        UserKey user = existingUser("user", userName);
        Optional<TeamKey> team = teamName.filter(name -> !name.isBlank()).map(name -> {
            TeamKey key = TeamKey.of(name.strip());
            if (!settings.isTeam(key)) {
                throw InvalidInputException.onField("team", "service-culture.people.error.not-a-team", name.strip());
            }
            return key;
        });
        memberships.setPrimaryTeam(user, team);
        audit.record(
                "service-culture.audit.people.primary-team-set",
                user.value(),
                team.map(TeamKey::groupName).orElse(""));
    }

    /** Replaces a team's leads with the named users. */
    public void setTeamLeads(UserKey actor, String teamName, List<String> leadNames) {
        requireAdmin(actor);
        TeamKey team = markedTeam(teamName);
        Set<UserKey> leads = new TreeSet<>();
        for (String name : leadNames) {
            leads.add(existingUser("leads", name));
        }
        managers.setTeamLeads(team, leads);
        audit.record(
                "service-culture.audit.people.team-leads-set",
                team.groupName(),
                leads.stream().map(UserKey::value).collect(Collectors.joining(",")));
    }

    public void setHrGroup(UserKey actor, String groupName) {
        requireAdmin(actor);
        TeamKey group = existingGroup("group", groupName);
        settings.setHrGroup(group.groupName());
        audit.record("service-culture.audit.people.hr-group-set", group.groupName(), "");
    }

    public void setFeatureEnabled(UserKey actor, String featureId, boolean enabled) {
        requireAdmin(actor);
        Feature feature = Feature.byId(featureId)
                .orElseThrow(() -> new NotFoundException("service-culture.people.error.feature-unknown", featureId));
        settings.setEnabled(feature, enabled);
        audit.record("service-culture.audit.people.feature-switched", feature.id(), String.valueOf(enabled));
    }

    public void setPersonFiguresRestricted(UserKey actor, boolean restricted) {
        requireAdmin(actor);
        settings.setPersonFiguresRestricted(restricted);
        audit.record("service-culture.audit.people.figures-restricted", "people", String.valueOf(restricted));
    }

    /**
     * Replaces every reporting line with the file's, or, if any row is wrong, changes nothing.
     *
     * @return how many reporting lines were stored
     * @throws ReportingLinesRejected with every row's error when the file is refused
     */
    public int importReportingLines(UserKey actor, byte[] csv) {
        requireAdmin(actor);
        ReportingLinesImport.Result result = new ReportingLinesImport(
                        name -> Optional.ofNullable(users.getUserByName(name)).map(u -> UserKey.of(u.getKey())))
                .read(csv);
        if (result instanceof ReportingLinesImport.Rejected rejected) {
            throw new ReportingLinesRejected(rejected.errors());
        }
        var lines = ((ReportingLinesImport.Imported) result).lines();
        managers.replaceReportingLines(lines);
        audit.record("service-culture.audit.people.reporting-lines-imported", "people", String.valueOf(lines.size()));
        return lines.size();
    }

    /** Refuses anyone but a Jira admin; every admin use case calls it first. */
    public void requireAdmin(UserKey actor) {
        if (!salUsers.isAdmin(new com.atlassian.sal.api.user.UserKey(actor.value()))) {
            throw new PermissionDeniedException("service-culture.people.error.admin-only");
        }
    }

    private TeamKey existingGroup(String field, String groupName) {
        String name = groupName.strip();
        if (name.isEmpty()) {
            throw InvalidInputException.onField(field, "service-culture.people.error.group-blank");
        }
        if (!groups.groupExists(name)) {
            throw NotFoundException.onField(field, "service-culture.people.error.group-unknown", name);
        }
        return TeamKey.of(name);
    }

    private TeamKey markedTeam(String groupName) {
        String name = groupName.strip();
        if (name.isEmpty()) {
            throw InvalidInputException.onField("team", "service-culture.people.error.group-blank");
        }
        TeamKey team = TeamKey.of(name);
        if (!settings.isTeam(team)) {
            throw NotFoundException.onField("team", "service-culture.people.error.not-a-team", name);
        }
        return team;
    }

    private UserKey existingUser(String field, String userName) {
        String name = userName.strip();
        if (name.isEmpty()) {
            throw InvalidInputException.onField(field, "service-culture.people.error.user-blank");
        }
        ApplicationUser user = users.getUserByName(name);
        if (user == null) {
            throw InvalidInputException.onField(field, "service-culture.people.error.user-unknown", name);
        }
        return UserKey.of(user.getKey());
    }
}
