package io.serviceculture.plugin.standards.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.AlertKind;
import io.serviceculture.core.standards.ClockAlert;
import io.serviceculture.core.standards.CompletedCycle;
import io.serviceculture.core.standards.CycleQuery;
import io.serviceculture.core.standards.CycleResult;
import io.serviceculture.core.standards.MatchingRule;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.RecordedCycle;
import io.serviceculture.core.standards.RunningClock;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.Holiday;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** What the AO standards adapters promise, run on each real database by a subclass. */
public abstract class StandardsPersistenceContract {
    static final CalendarId OFFICE = CalendarId.of("london-office");
    static final StandardId SUPPORT = StandardId.of("support");
    static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant DECEMBER = Instant.parse("2026-12-01T00:00:00Z");

    protected TestDatabase.Fresh database;
    private AoCalendarStore calendars;
    private AoStandardStore standards;
    private AoCycleResults cycles;
    private AoLiveClocks live;

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        database = database()
                .fresh(
                        CalendarAO.class,
                        StandardAO.class,
                        StandardVersionAO.class,
                        CycleAO.class,
                        RunningClockAO.class,
                        AlertAO.class);
        live = new AoLiveClocks(database.ao());
        calendars = new AoCalendarStore(database.ao());
        standards = new AoStandardStore(database.ao());
        cycles = new AoCycleResults(database.ao());
    }

    @Test
    public void namesTablesShortWithJirasPrefix() {
        assertThat(database.tableNames())
                .contains(
                        "AO_439D1B_SLA_CAL",
                        "AO_439D1B_SLA_STD",
                        "AO_439D1B_SLA_VER",
                        "AO_439D1B_SLA_CYCLE",
                        "AO_439D1B_SLA_RUNNING",
                        "AO_439D1B_SLA_ALERT");
    }

    @Test
    public void findsIssuesWhoseRunningClocksCameDueAndReplacesThemPerIssue() {
        // given issue 1 warns at 10:00, issue 2 is paused (nothing due), issue 3 breaches at 12:00
        Instant start = Instant.parse("2026-11-23T08:00:00Z");
        live.replaceRunning(
                1,
                List.of(new RunningClock(
                        1, SUPPORT, "resolution", start, Optional.of(at("10:00")), Optional.of(at("11:00")))));
        live.replaceRunning(
                2, List.of(new RunningClock(2, SUPPORT, "resolution", start, Optional.empty(), Optional.empty())));
        live.replaceRunning(
                3,
                List.of(new RunningClock(3, SUPPORT, "resolution", start, Optional.empty(), Optional.of(at("12:00")))));

        // when / then
        assertThat(live.issuesDueBy(at("09:59"), 10)).isEmpty();
        assertThat(live.issuesDueBy(at("12:00"), 10)).containsExactly(1L, 3L);
        live.replaceRunning(1, List.of());
        assertThat(live.issuesDueBy(at("12:00"), 10)).containsExactly(3L);
    }

    @Test
    public void recordsAnAlertOncePerCycleAndKindAndListsNewestFirst() {
        // given
        ClockAlert warning = alert(AlertKind.WARNING, at("10:00"));
        ClockAlert breach = alert(AlertKind.BREACH, at("11:00"));

        // when
        boolean first = live.record(warning);
        boolean again = live.record(warning);
        live.record(breach);

        // then
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(live.exists(warning.alertKey())).isTrue();
        assertThat(live.newestFirst(0, 10)).containsExactly(breach, warning);
        assertThat(live.newestFirst(1, 10)).containsExactly(warning);
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-23T" + time + ":00Z");
    }

    private static ClockAlert alert(AlertKind kind, Instant raisedAt) {
        return new ClockAlert(
                7,
                "SUP-7",
                SUPPORT,
                "Support",
                "resolution",
                "Time to resolution",
                Instant.parse("2026-11-23T08:00:00Z"),
                kind,
                raisedAt,
                Duration.ofMinutes(kind == AlertKind.BREACH ? 190 : 140),
                Duration.ofHours(3));
    }

    @Test
    public void keepsACalendarAsDefinedAndReplacesItOnSave() {
        BusinessCalendar office = BusinessCalendar.of(
                OFFICE,
                "London office",
                ZoneId.of("Europe/London"),
                WorkingWeek.mondayToFriday(
                        WorkingInterval.of(LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        WorkingInterval.of(LocalTime.of(13, 30), LocalTime.of(17, 0))),
                List.of(Holiday.on("2026-12-25", "Christmas Day")));
        calendars.saveCalendar(office);
        BusinessCalendar withBoxingDay = office.withHolidays(
                List.of(Holiday.on("2026-12-25", "Christmas Day"), Holiday.on("2026-12-28", "Boxing Day")));
        calendars.saveCalendar(withBoxingDay);

        assertThat(calendars.findCalendar(OFFICE)).contains(withBoxingDay);
        assertThat(calendars.allCalendars()).containsExactly(withBoxingDay);
        assertThat(calendars.findCalendar(CalendarId.of("elsewhere"))).isEmpty();
    }

    @Test
    public void keepsEveryVersionOfAStandardInOrder() {
        StandardVersion first = version(1, JANUARY, Duration.ofHours(8));
        StandardVersion second = new StandardVersion(
                2,
                DECEMBER,
                "Support for gold clients",
                MatchingRule.projects("SUP", "OPS")
                        .withPriorities(Set.of("Blocker"))
                        .withClientTeams(Set.of(TeamKey.of("gold-clients"))),
                List.of(Metric.timeToResolution(Duration.ofHours(4), OFFICE, Set.of("10100"), Set.of("10101"))
                        .withWarningPercent(60)));
        standards.addVersion(SUPPORT, first);
        standards.addVersion(SUPPORT, second);
        standards.addVersion(StandardId.of("another"), version(1, JANUARY, Duration.ofHours(2)));

        ServiceStandard found = standards.findStandard(SUPPORT).orElseThrow();
        assertThat(found.versions()).containsExactly(first, second);
        assertThat(standards.allStandards())
                .extracting(ServiceStandard::id)
                .containsExactly(StandardId.of("another"), SUPPORT);
    }

    @Test
    public void refusesASecondVersionWithTheSameNumber() {
        standards.addVersion(SUPPORT, version(1, JANUARY, Duration.ofHours(8)));
        standards.addVersion(SUPPORT, version(2, DECEMBER, Duration.ofHours(6)));

        assertThatThrownBy(() -> standards.addVersion(SUPPORT, version(2, DECEMBER, Duration.ofHours(4))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("service-culture.standards.version.error.taken");
        assertThat(standards
                        .findStandard(SUPPORT)
                        .orElseThrow()
                        .latest()
                        .metric(Metric.RESOLUTION)
                        .orElseThrow()
                        .goal())
                .isEqualTo(Duration.ofHours(6));
    }

    @Test
    public void recordsACycleOnceAndNeverRewritesIt() {
        RecordedCycle met = cycle(1, "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z", 1, Duration.ofHours(2));
        RecordedCycle sameStartOtherVersion =
                cycle(1, "2026-11-02T09:00:00Z", "2026-11-02T12:00:00Z", 2, Duration.ofMinutes(30));

        assertThat(cycles.record(List.of(met))).isEqualTo(1);
        assertThat(cycles.record(List.of(sameStartOtherVersion, met))).isZero();

        assertThat(cycles.find(CycleQuery.all())).containsExactly(met);
    }

    @Test
    public void findsCyclesByStandardProjectTeamAssigneeAndPeriod() {
        RecordedCycle october = cycle(1, "2026-10-30T09:00:00Z", "2026-10-31T23:59:59.999Z", 1, Duration.ofHours(2));
        RecordedCycle november = cycle(2, "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z", 1, Duration.ofHours(2));
        RecordedCycle unassigned = new RecordedCycle(
                new CycleResult(
                        3,
                        SUPPORT,
                        Metric.RESOLUTION,
                        completed("2026-11-03T09:00:00Z", "2026-11-03T11:00:00Z", 1, Duration.ofHours(1))),
                "OPS",
                Optional.empty(),
                Optional.empty());
        cycles.record(List.of(october, november, unassigned));
        CycleQuery novemberOnly =
                CycleQuery.all().period(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(cycles.find(novemberOnly)).containsExactly(november, unassigned);
        assertThat(cycles.find(novemberOnly.project("SUP"))).containsExactly(november);
        assertThat(cycles.find(CycleQuery.all().team(TeamKey.of("desk")))).containsExactly(october, november);
        assertThat(cycles.find(CycleQuery.all().assignee(UserKey.of("agent")).standard(SUPPORT)))
                .containsExactly(october, november);
        assertThat(cycles.find(CycleQuery.all().standard(StandardId.of("other"))))
                .isEmpty();
        assertThat(unassigned.met()).isFalse();
    }

    private static RecordedCycle cycle(long issueId, String start, String stop, int version, Duration goal) {
        return new RecordedCycle(
                new CycleResult(issueId, SUPPORT, Metric.RESOLUTION, completed(start, stop, version, goal)),
                "SUP",
                Optional.of(UserKey.of("agent")),
                Optional.of(TeamKey.of("desk")));
    }

    private static CompletedCycle completed(String start, String stop, int version, Duration goal) {
        Instant from = Instant.parse(start);
        Instant to = Instant.parse(stop);
        return new CompletedCycle(version, from, to, Duration.between(from, to), goal);
    }

    private static StandardVersion version(int number, Instant effectiveFrom, Duration resolutionGoal) {
        return new StandardVersion(
                number,
                effectiveFrom,
                "Support",
                MatchingRule.any(),
                List.of(
                        Metric.timeToFirstResponse(Duration.ofHours(1), OFFICE, true),
                        Metric.timeToResolution(resolutionGoal, OFFICE, Set.of("10100"), Set.of())));
    }
}
