package io.serviceculture.plugin.config.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.security.groups.GroupManager;
import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.accountability.ScoreWeights;
import io.serviceculture.core.config.AppConfiguration;
import io.serviceculture.core.config.AppSwitches;
import io.serviceculture.core.config.TeamSettings;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.KudosSettings;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.retention.RetentionPolicy;
import io.serviceculture.core.standards.MatchingRule;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.Holiday;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import io.serviceculture.plugin.accountability.PluginSettingsAccountabilitySettings;
import io.serviceculture.plugin.kudos.PluginSettingsKudosSettings;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.kudos.persistence.CompanyValueAO;
import io.serviceculture.plugin.people.MapCacheManager;
import io.serviceculture.plugin.people.MapPluginSettings;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.people.persistence.ManagerAO;
import io.serviceculture.plugin.people.persistence.PrimaryTeamAO;
import io.serviceculture.plugin.people.persistence.TeamLeadAO;
import io.serviceculture.plugin.people.persistence.TeamMemberAO;
import io.serviceculture.plugin.reports.ReportsSettings;
import io.serviceculture.plugin.retention.RetentionSettings;
import io.serviceculture.plugin.standards.persistence.AoCalendarStore;
import io.serviceculture.plugin.standards.persistence.AoStandardStore;
import io.serviceculture.plugin.standards.persistence.CalendarAO;
import io.serviceculture.plugin.standards.persistence.StandardAO;
import io.serviceculture.plugin.standards.persistence.StandardVersionAO;
import io.serviceculture.plugin.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Test;

/** What the configuration store promises, run on each real database by a subclass. */
public abstract class ConfigurationPersistenceContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final CalendarId OFFICE = CalendarId.of("office");
    static final TeamKey IT = TeamKey.of("team-it");

    private TestDatabase.Fresh database;
    private final MapPluginSettings settings = new MapPluginSettings();

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        database = database()
                .fresh(
                        CalendarAO.class,
                        StandardAO.class,
                        StandardVersionAO.class,
                        CompanyValueAO.class,
                        TeamLeadAO.class,
                        ManagerAO.class,
                        TeamMemberAO.class,
                        PrimaryTeamAO.class);
    }

    @Test
    public void readsBackExactlyTheConfigurationItReplacedItWith() {
        // given
        AoConfigurationStore store = store(database.ao());

        // when
        store.replace(staging());

        // then: the app's default values, seeded when the empty table was first read, are retired after them
        assertThat(withActiveValuesOnly(store.current())).isEqualTo(staging());
    }

    @Test
    public void aFailingLastWriteLeavesTheOldConfigurationExactlyIntact() {
        // given production runs the staging set-up
        store(database.ao()).replace(staging());
        AppConfiguration before = store(database.ao()).current();
        // and a document that changes every section, the team leads last
        AppConfiguration next = next();
        // when writing the team leads, the last write of a replacement, fails
        AtomicInteger writtenBeforeFailure = new AtomicInteger();
        AoConfigurationStore failing = store(failingOnCreate(database.ao(), TeamLeadAO.class, writtenBeforeFailure));

        Throwable failure = catchThrowable(() -> failing.replace(next));

        // then the rows written before it (a calendar, a version, a value) are gone, and every setting is back
        assertThat(failure).hasMessageContaining("disk full");
        assertThat(writtenBeforeFailure.get()).isEqualTo(3);
        assertThat(store(database.ao()).current()).isEqualTo(before);
        assertThat(withActiveValuesOnly(before)).isEqualTo(staging());
    }

    @Test
    public void retiresValuesTheDocumentLeavesOutSinceKudosStillNameThem() {
        // given
        AoConfigurationStore store = store(database.ao());
        store.replace(staging());

        // when
        store.replace(next());

        // then "Be kind" stays, retired, after the document's values
        List<CompanyValue> values = store.current().values();
        assertThat(values)
                .startsWith(
                        new CompanyValue("own-it", "Own it end to end", "", true),
                        new CompanyValue("listen", "Listen first", "Hear the client out", true))
                .contains(new CompanyValue("be-kind", "Be kind", "", false));
        assertThat(values.subList(2, values.size())).noneMatch(CompanyValue::active);
    }

    private static AppConfiguration withActiveValuesOnly(AppConfiguration configuration) {
        return new AppConfiguration(
                configuration.calendars(),
                configuration.standards(),
                configuration.values().stream().filter(CompanyValue::active).toList(),
                configuration.teams(),
                configuration.accountability(),
                configuration.switches());
    }

    private AoConfigurationStore store(ActiveObjects ao) {
        var factory = settings.factory();
        return new AoConfigurationStore(
                ao,
                new AoCalendarStore(ao),
                new AoStandardStore(ao),
                // cached as in Jira, so an import that forgot to invalidate the values would read them stale
                new AoCompanyValues(ao, new MapCacheManager()),
                new AoManagers(ao),
                new AoMembershipStore(ao),
                mock(GroupManager.class),
                new AoConfigurationStore.Settings(
                        new PeopleSettings(factory),
                        new PluginSettingsKudosSettings(factory),
                        new ReportsSettings(factory),
                        new PluginSettingsAccountabilitySettings(factory),
                        new RetentionSettings(factory)),
                CLOCK);
    }

    static AppConfiguration staging() {
        return stagingWithLead(UserKey.of("maria"));
    }

    /** Staging's set-up with the given lead of team-it, for tests that map user keys to names. */
    public static AppConfiguration stagingWithLead(UserKey lead) {
        BusinessCalendar office = BusinessCalendar.of(
                OFFICE,
                "London office",
                ZoneId.of("Europe/London"),
                WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
                List.of(new Holiday(LocalDate.parse("2026-12-25"), "Christmas Day")));
        return new AppConfiguration(
                List.of(office),
                List.of(new ServiceStandard(StandardId.of("support"), List.of(version(1, "2026-01-01T00:00:00Z")))),
                List.of(
                        new CompanyValue("own-it", "Own it", "", true),
                        new CompanyValue("be-kind", "Be kind", "", true)),
                new TeamSettings(Set.of(IT), "hr-team", Map.of(IT, Set.of(lead))),
                AccountabilitySettings.defaults(),
                new AppSwitches(
                        Set.of(Feature.COMMITMENTS), true, new KudosSettings(7), true, false, new RetentionPolicy(24)));
    }

    static AppConfiguration next() {
        AppConfiguration staging = staging();
        return new AppConfiguration(
                List.of(staging.calendars().get(0), BusinessCalendar.twentyFourSeven(CalendarId.of("always"))),
                List.of(new ServiceStandard(
                        StandardId.of("support"),
                        List.of(version(1, "2026-01-01T00:00:00Z"), version(2, "2026-12-01T00:00:00Z")))),
                List.of(
                        new CompanyValue("own-it", "Own it end to end", "", true),
                        new CompanyValue("listen", "Listen first", "Hear the client out", true)),
                new TeamSettings(Set.of(IT), "hr", Map.of(IT, Set.of(UserKey.of("ivan")))),
                new AccountabilitySettings(Duration.ofDays(7), new ScoreWeights(40, 30, 15, 15), 5),
                new AppSwitches(Set.of(), false, new KudosSettings(10), false, true, RetentionPolicy.keepForever()));
    }

    private static StandardVersion version(int number, String effectiveFrom) {
        return new StandardVersion(
                number,
                Instant.parse(effectiveFrom),
                number == 1 ? "Support" : "Support, tighter",
                MatchingRule.any(),
                List.of(Metric.timeToFirstResponse(Duration.ofHours(number == 1 ? 8 : 4), OFFICE, false)));
    }

    /** The service as it is, except that creating a row of {@code table} fails as a full disk would. */
    private static ActiveObjects failingOnCreate(ActiveObjects ao, Class<?> table, AtomicInteger created) {
        return (ActiveObjects) Proxy.newProxyInstance(
                ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("create") && args[0] == table) {
                        throw new IllegalStateException("disk full");
                    }
                    try {
                        Object result = method.invoke(ao, args);
                        if (method.getName().equals("create")) {
                            created.incrementAndGet();
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
