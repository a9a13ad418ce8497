package io.serviceculture.plugin.config.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.core.config.AppConfiguration;
import io.serviceculture.core.config.AppSwitches;
import io.serviceculture.core.config.ConfigurationPort;
import io.serviceculture.core.config.TeamSettings;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.MembershipReconciler;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.plugin.accountability.PluginSettingsAccountabilitySettings;
import io.serviceculture.plugin.kudos.PluginSettingsKudosSettings;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.kudos.persistence.CompanyValueAO;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.reports.ReportsSettings;
import io.serviceculture.plugin.retention.RetentionSettings;
import io.serviceculture.plugin.standards.persistence.AoCalendarStore;
import io.serviceculture.plugin.standards.persistence.AoStandardStore;
import io.serviceculture.plugin.standards.persistence.CalendarAO;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The whole configuration over each feature's own adapters. A replacement runs in one Active Objects transaction,
 * which every adapter's own transaction joins, so a failing write rolls back every table. Plugin settings live
 * outside that transaction (Jira keeps them elsewhere), so they are written first and, should anything after them
 * fail, written back from the configuration read before the replacement began.
 */
@Named
public class AoConfigurationStore implements ConfigurationPort {
    private final ActiveObjects ao;
    private final AoCalendarStore calendars;
    private final AoStandardStore standards;
    private final AoCompanyValues values;
    private final AoManagers managers;
    private final AoMembershipStore memberships;
    private final GroupManager groups;
    private final Settings settings;
    private final Clock clock;

    /** The settings the configuration spans, each kept by its feature. */
    public record Settings(
            PeopleSettings people,
            PluginSettingsKudosSettings kudos,
            ReportsSettings reports,
            PluginSettingsAccountabilitySettings accountability,
            RetentionSettings retention) {}

    @Inject
    public AoConfigurationStore(
            ActiveObjects ao,
            AoCalendarStore calendars,
            AoStandardStore standards,
            AoCompanyValues values,
            AoManagers managers,
            AoMembershipStore memberships,
            GroupManager groups,
            PeopleSettings people,
            PluginSettingsKudosSettings kudos,
            ReportsSettings reports,
            PluginSettingsAccountabilitySettings accountability,
            RetentionSettings retention) {
        this(
                ao,
                calendars,
                standards,
                values,
                managers,
                memberships,
                groups,
                new Settings(people, kudos, reports, accountability, retention),
                Clock.systemUTC());
    }

    public AoConfigurationStore(
            ActiveObjects ao,
            AoCalendarStore calendars,
            AoStandardStore standards,
            AoCompanyValues values,
            AoManagers managers,
            AoMembershipStore memberships,
            GroupManager groups,
            Settings settings,
            Clock clock) {
        this.ao = ao;
        this.calendars = calendars;
        this.standards = standards;
        this.values = values;
        this.managers = managers;
        this.memberships = memberships;
        this.groups = groups;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AppConfiguration current() {
        Set<Feature> off = EnumSet.noneOf(Feature.class);
        for (Feature feature : Feature.values()) {
            if (!settings.people().isEnabled(feature)) {
                off.add(feature);
            }
        }
        return new AppConfiguration(
                calendars.allCalendars(),
                standards.allStandards(),
                values.allValues(),
                new TeamSettings(
                        settings.people().teams(),
                        settings.people().hrGroup(),
                        managers.teamLeads().leadsByTeam()),
                settings.accountability().load(),
                new AppSwitches(
                        off,
                        settings.people().personFiguresRestricted(),
                        settings.kudos().kudosSettings(),
                        settings.kudos().leaderboardsOn(),
                        settings.reports().privateTextAllowed(),
                        settings.retention().policy()));
    }

    @Override
    public void replace(AppConfiguration target) {
        AppConfiguration before = current();
        try {
            writeSettings(target);
            ao.executeInTransaction(() -> {
                writeCalendars(target.calendars());
                writeStandards(before.standards(), target.standards());
                writeValues(target.values());
                writeTeams(before.teams().teams(), target.teams().teams());
                writeLeads(before.teams().leads(), target.teams().leads());
                return null;
            });
        } catch (RuntimeException e) {
            writeSettings(before);
            throw e;
        } finally {
            // committed or rolled back, no node may keep values, calendars, standards or leads read before the import
            values.invalidate();
            calendars.invalidate();
            standards.invalidate();
            managers.invalidate();
        }
    }

    private void writeSettings(AppConfiguration configuration) {
        AppSwitches switches = configuration.switches();
        for (Feature feature : Feature.values()) {
            settings.people().setEnabled(feature, !switches.featuresOff().contains(feature));
        }
        settings.people().setPersonFiguresRestricted(switches.personFiguresRestricted());
        settings.people().setHrGroup(configuration.teams().hrGroup());
        settings.people().setTeams(configuration.teams().teams());
        settings.kudos().setKudosSettings(switches.kudos());
        settings.kudos().setLeaderboards(switches.leaderboards());
        settings.reports().setPrivateTextAllowed(switches.reportsPrivateText());
        settings.retention().setPolicy(switches.retention());
        settings.accountability().save(configuration.accountability());
    }

    private void writeCalendars(List<BusinessCalendar> target) {
        Set<String> kept = target.stream().map(c -> c.id().value()).collect(Collectors.toSet());
        for (BusinessCalendar calendar : calendars.allCalendars()) {
            if (!kept.contains(calendar.id().value())) {
                ao.deleteWithSQL(
                        CalendarAO.class,
                        CalendarAO.COLUMN_CALENDAR_ID + " = ?",
                        calendar.id().value());
            }
        }
        target.forEach(calendars::saveCalendar);
    }

    /** Versions are history: the rules let an import only add standards and versions, so only those are written. */
    private void writeStandards(List<ServiceStandard> before, List<ServiceStandard> target) {
        Map<String, Integer> known = new HashMap<>();
        before.forEach(
                standard -> known.put(standard.id().value(), standard.versions().size()));
        for (ServiceStandard standard : target) {
            int stored = known.getOrDefault(standard.id().value(), 0);
            List<StandardVersion> versions = standard.versions();
            for (int i = stored; i < versions.size(); i++) {
                standards.addVersion(standard.id(), versions.get(i));
            }
        }
    }

    /** Kudos name their value, so a value the document leaves out is retired, never deleted. */
    private void writeValues(List<CompanyValue> target) {
        Map<String, CompanyValueAO> rows = new HashMap<>();
        for (CompanyValueAO row : ao.find(CompanyValueAO.class)) {
            rows.put(row.getValueId(), row);
        }
        int position = 0;
        for (CompanyValue value : target) {
            position++;
            CompanyValueAO row = rows.remove(value.id());
            if (row == null) {
                Map<String, Object> columns = new HashMap<>();
                columns.put(CompanyValueAO.COLUMN_VALUE_ID, value.id());
                columns.put(CompanyValueAO.COLUMN_NAME, value.name());
                columns.put(CompanyValueAO.COLUMN_ACTIVE, value.active());
                columns.put(CompanyValueAO.COLUMN_POSITION, position);
                row = ao.create(CompanyValueAO.class, columns);
            }
            row.setName(value.name());
            row.setDescription(value.description().isEmpty() ? null : value.description());
            row.setActive(value.active());
            row.setPosition(position);
            row.save();
        }
        for (CompanyValueAO retired :
                new TreeSet<>(rows.keySet()).stream().map(rows::get).toList()) {
            position++;
            retired.setActive(false);
            retired.setPosition(position);
            retired.save();
        }
    }

    /** As when an admin marks a team by hand: members of a new team join it now; an unmarked team's periods end. */
    private void writeTeams(Set<TeamKey> before, Set<TeamKey> target) {
        MembershipReconciler reconciler = new MembershipReconciler(memberships, memberships, clock);
        for (TeamKey team : target) {
            if (!before.contains(team)) {
                for (ApplicationUser member : groups.getUsersInGroup(team.groupName())) {
                    reconciler.memberAdded(UserKey.of(member.getKey()), team);
                }
            }
        }
        for (TeamKey team : before) {
            if (!target.contains(team)) {
                memberships.periodsOfTeams(List.of(team)).stream()
                        .filter(MembershipPeriod::isOpen)
                        .forEach(period -> reconciler.memberRemoved(period.user(), team));
            }
        }
    }

    private void writeLeads(Map<TeamKey, Set<UserKey>> before, Map<TeamKey, Set<UserKey>> target) {
        Set<TeamKey> teams = new TreeSet<>(before.keySet());
        teams.addAll(target.keySet());
        for (TeamKey team : teams) {
            Set<UserKey> leads = Optional.ofNullable(target.get(team)).orElse(Set.of());
            if (!leads.equals(before.getOrDefault(team, Set.of()))) {
                managers.setTeamLeads(team, leads);
            }
        }
    }
}
