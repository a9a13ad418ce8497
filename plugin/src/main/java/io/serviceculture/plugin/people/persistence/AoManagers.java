package io.serviceculture.plugin.people.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.people.ReportingLines;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.TeamLeads;
import io.serviceculture.core.people.UserKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/** Reporting lines and team leads in Active Objects tables: who manages whom. */
@Named
public final class AoManagers {
    private final ActiveObjects ao;

    @Inject
    public AoManagers(ActiveObjects ao) {
        this.ao = ao;
    }

    public ReportingLines reportingLines() {
        Map<UserKey, UserKey> managerOf = new HashMap<>();
        for (ManagerAO row : ao.find(ManagerAO.class)) {
            managerOf.put(UserKey.of(row.getUserKey()), UserKey.of(row.getManagerKey()));
        }
        return ReportingLines.of(managerOf);
    }

    /** Replaces every reporting line in one transaction: an import is all or nothing. */
    public void replaceReportingLines(ReportingLines lines) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(ManagerAO.class, ManagerAO.COLUMN_ID + " > ?", 0);
            lines.asMap().forEach((user, manager) -> {
                Map<String, Object> columns = new HashMap<>();
                columns.put(ManagerAO.COLUMN_USER_KEY, user.value());
                columns.put(ManagerAO.COLUMN_MANAGER_KEY, manager.value());
                ao.create(ManagerAO.class, columns);
            });
            return null;
        });
    }

    /** The person's manager by reporting line, read alone so that per-request checks stay small. */
    public Optional<UserKey> managerOf(UserKey user) {
        return Arrays.stream(ao.find(ManagerAO.class, ManagerAO.COLUMN_USER_KEY + " = ?", user.value()))
                .findFirst()
                .map(row -> UserKey.of(row.getManagerKey()));
    }

    /** The people who report to the manager directly, by user key. */
    public List<UserKey> directReportsOf(UserKey manager) {
        return Arrays.stream(ao.find(ManagerAO.class, ManagerAO.COLUMN_MANAGER_KEY + " = ?", manager.value()))
                .map(row -> UserKey.of(row.getUserKey()))
                .sorted()
                .toList();
    }

    /** The teams the person is a lead of. */
    public Set<TeamKey> teamsLedBy(UserKey user) {
        return Arrays.stream(ao.find(TeamLeadAO.class, TeamLeadAO.COLUMN_USER_KEY + " = ?", user.value()))
                .map(row -> TeamKey.of(row.getTeam()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public TeamLeads teamLeads() {
        Map<TeamKey, Set<UserKey>> leads = new HashMap<>();
        for (TeamLeadAO row : ao.find(TeamLeadAO.class)) {
            leads.computeIfAbsent(TeamKey.of(row.getTeam()), t -> new HashSet<>())
                    .add(UserKey.of(row.getUserKey()));
        }
        return new TeamLeads(leads);
    }

    /** Sets the team's leads, replacing the ones it had; an empty set leaves the team without a lead. */
    public void setTeamLeads(TeamKey team, Set<UserKey> leads) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(TeamLeadAO.class, TeamLeadAO.COLUMN_TEAM + " = ?", team.groupName());
            leads.stream().sorted().forEach(lead -> {
                Map<String, Object> columns = new HashMap<>();
                columns.put(TeamLeadAO.COLUMN_TEAM, team.groupName());
                columns.put(TeamLeadAO.COLUMN_USER_KEY, lead.value());
                ao.create(TeamLeadAO.class, columns);
            });
            return null;
        });
    }
}
