package io.serviceculture.plugin.people.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import io.serviceculture.core.people.ReportingLines;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.TeamLeads;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.persistence.ClusteredValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Reporting lines and team leads in Active Objects tables: who manages whom. Every page asks whether its viewer
 * manages or leads anyone (web items, conditions, panels), so with the cache manager both tables are held whole
 * on each node in Jira's cluster-invalidated cache (a few tens of thousands of short rows): every write here
 * empties it on every node once it has committed, as does {@link #invalidate()} for writes made elsewhere (a user
 * key change).
 */
@Named
public final class AoManagers {
    static final String CACHE = AoManagers.class.getName() + ".facts";

    private final ActiveObjects ao;
    private final ClusteredValue<Facts> facts;

    @Inject
    public AoManagers(ActiveObjects ao, CacheManager caches) {
        this.ao = ao;
        this.facts = ClusteredValue.cached(caches, CACHE, this::read);
    }

    /** Uncached, reading the tables each time: for tests of the tables themselves. */
    public AoManagers(ActiveObjects ao) {
        this.ao = ao;
        this.facts = ClusteredValue.uncached(this::read);
    }

    /** Tells every node that reporting lines or team leads changed; call it after the transaction that changed them. */
    public void invalidate() {
        facts.invalidate();
    }

    public ReportingLines reportingLines() {
        return ReportingLines.of(facts.get().managerOf());
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
        invalidate();
    }

    /** The person's manager by reporting line. */
    public Optional<UserKey> managerOf(UserKey user) {
        return Optional.ofNullable(facts.get().managerOf().get(user));
    }

    /** The people who report to the manager directly, by user key. */
    public List<UserKey> directReportsOf(UserKey manager) {
        return facts.get().reportsOf().getOrDefault(manager, List.of());
    }

    /** The teams the person is a lead of. */
    public Set<TeamKey> teamsLedBy(UserKey user) {
        return facts.get().teamsLedBy().getOrDefault(user, Set.of());
    }

    public TeamLeads teamLeads() {
        return new TeamLeads(facts.get().leadsOf());
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
        invalidate();
    }

    private Facts read() {
        Map<UserKey, UserKey> managerOf = new HashMap<>();
        Map<UserKey, List<UserKey>> reportsOf = new HashMap<>();
        for (ManagerAO row : ao.find(ManagerAO.class)) {
            UserKey user = UserKey.of(row.getUserKey());
            UserKey manager = UserKey.of(row.getManagerKey());
            managerOf.put(user, manager);
            reportsOf.computeIfAbsent(manager, m -> new ArrayList<>()).add(user);
        }
        Map<TeamKey, Set<UserKey>> leadsOf = new HashMap<>();
        Map<UserKey, Set<TeamKey>> teamsLedBy = new HashMap<>();
        for (TeamLeadAO row : ao.find(TeamLeadAO.class)) {
            TeamKey team = TeamKey.of(row.getTeam());
            UserKey lead = UserKey.of(row.getUserKey());
            leadsOf.computeIfAbsent(team, t -> new HashSet<>()).add(lead);
            teamsLedBy.computeIfAbsent(lead, l -> new TreeSet<>()).add(team);
        }
        Map<UserKey, List<UserKey>> sortedReports = new HashMap<>();
        reportsOf.forEach((manager, reports) ->
                sortedReports.put(manager, reports.stream().sorted().toList()));
        Map<TeamKey, Set<UserKey>> frozenLeads = new HashMap<>();
        leadsOf.forEach((team, leads) -> frozenLeads.put(team, Set.copyOf(leads)));
        Map<UserKey, Set<TeamKey>> frozenTeams = new HashMap<>();
        teamsLedBy.forEach((lead, teams) -> frozenTeams.put(lead, Collections.unmodifiableSet(teams)));
        return new Facts(
                Map.copyOf(managerOf), Map.copyOf(sortedReports), Map.copyOf(frozenLeads), Map.copyOf(frozenTeams));
    }

    /** Both tables, read once and indexed both ways; immutable, so every request may share one copy. */
    private record Facts(
            Map<UserKey, UserKey> managerOf,
            Map<UserKey, List<UserKey>> reportsOf,
            Map<TeamKey, Set<UserKey>> leadsOf,
            Map<UserKey, Set<TeamKey>> teamsLedBy) {}
}
