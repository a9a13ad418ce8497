package io.serviceculture.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.Holiday;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class StandardsServiceTest {
    static final CalendarId ROUND_THE_CLOCK = CalendarId.of("24x7");
    static final StandardId SUPPORT = StandardId.of("support");
    static final UserKey VIEWER = UserKey.of("viewer");
    static final UserKey AGENT = UserKey.of("agent");
    static final TeamKey DESK = TeamKey.of("service-desk");

    private final MutableClock clock = MutableClock.at("2026-11-23T11:00:00Z");
    private final InMemoryStandardsStore store = new InMemoryStandardsStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private StandardsService service;

    @Before
    public void supportStandardOnARoundTheClockCalendar() {
        service = new StandardsService(
                store,
                store,
                store,
                issues,
                issues,
                person -> person.equals(AGENT) ? Optional.of(DESK) : Optional.empty(),
                clock);
        service.defineCalendar(BusinessCalendar.twentyFourSeven(ROUND_THE_CLOCK));
        service.createStandard(SUPPORT, version(1, "2026-01-01T00:00:00Z", Duration.ofHours(8)));
    }

    @Test
    public void showsTheRunningClockAndTheCompletedResponseOfAnIssueTheViewerMayBrowse() {
        // given an issue created at 09:00, answered by the agent at 09:30, open at 11:00
        issues.add(TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                        .issue(1, "SUP-1")
                        .comment("2026-11-23T09:30:00Z", "agent")
                        .build())
                .letBrowse(VIEWER, 1);

        // when
        IssueClocks clocks = service.clocks(VIEWER, 1);

        // then first response met in 30 minutes of its 1 hour; resolution used 2 of 8 hours
        assertThat(clocks.issueKey()).isEqualTo("SUP-1");
        assertThat(clocks.clocks())
                .extracting(StandardClock::metricName)
                .containsExactly("Time to first response", "Time to resolution");
        MetricClock response = clocks.clocks().get(0).clock();
        assertThat(response.completed()).singleElement().satisfies(cycle -> {
            assertThat(cycle.elapsed()).isEqualTo(Duration.ofMinutes(30));
            assertThat(cycle.met()).isTrue();
        });
        OngoingCycle resolution = clocks.clocks().get(1).clock().ongoing().orElseThrow();
        assertThat(resolution.remaining()).isEqualTo(Duration.ofHours(6));
        assertThat(resolution.dueAt()).contains(Instant.parse("2026-11-23T17:00:00Z"));
    }

    @Test
    public void anIssueTheViewerMayNotBrowseIsNotFound() {
        issues.add(TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                .issue(2, "SUP-2")
                .build());

        assertThatThrownBy(() -> service.clocks(VIEWER, 2))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("service-culture.standards.issue.error.not-found");
    }

    @Test
    public void aNewVersionNeverRewritesCyclesRecordedUnderTheOldOne() {
        // given an issue resolved in 3 hours under version 1 (goal 8 hours), recorded
        issues.add(TimelineBuilder.createdAt("2026-11-23T06:00:00Z")
                .issue(3, "SUP-3")
                .assignedTo("agent")
                .comment("2026-11-23T06:10:00Z", "agent")
                .resolve("2026-11-23T09:00:00Z", "agent", "Done")
                .build());
        assertThat(service.recordCycles(3)).isEqualTo(2);

        // when version 2 tightens resolution to 1 hour from now, and the issue is recomputed
        service.publishVersion(
                SUPPORT, "Support, tighter", MatchingRule.any(), metrics(Duration.ofHours(1)), clock.instant());
        int added = service.recordCycles(3);

        // then nothing was added or changed: the resolution still counts as met under version 1
        assertThat(added).isZero();
        List<RecordedCycle> recorded = store.find(CycleQuery.all().standard(SUPPORT));
        assertThat(recorded)
                .extracting(cycle -> cycle.result().cycle().version())
                .containsOnly(1);
        assertThat(service.attainment(CycleQuery.all(), AttainmentGrouping.STANDARD))
                .containsExactly(Map.entry("support", new Attainment(2, 2)));
    }

    @Test
    public void publishesAVersionWithoutADateFromNowEvenWhileTheClockMoves() {
        // given a clock that moves on a millisecond every time it is read, as a real one does between two readings
        Clock ticking = new Clock() {
            private Instant now = Instant.parse("2026-11-23T11:00:00Z");

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plusMillis(1);
                return now;
            }
        };
        StandardsService moving =
                new StandardsService(store, store, store, issues, issues, person -> Optional.empty(), ticking);

        // when an admin publishes version 2 without saying from when
        ServiceStandard next =
                moving.publishVersionNow(SUPPORT, "Support, tighter", MatchingRule.any(), metrics(Duration.ofHours(1)));

        // then it is version 2, in force from the one reading of the clock
        assertThat(next.latest().number()).isEqualTo(2);
        assertThat(next.latest().effectiveFrom()).isEqualTo(Instant.parse("2026-11-23T11:00:00.001Z"));
    }

    @Test
    public void cyclesStartedUnderANewVersionFollowItsGoal() {
        // given version 2 (resolution in 1 hour) from 11:00, and an issue created at 12:00 resolved at 14:00
        service.publishVersion(
                SUPPORT, "Support, tighter", MatchingRule.any(), metrics(Duration.ofHours(1)), clock.instant());
        clock.set(Instant.parse("2026-11-23T15:00:00Z"));
        issues.add(TimelineBuilder.createdAt("2026-11-23T12:00:00Z")
                .issue(4, "SUP-4")
                .assignedTo("agent")
                .comment("2026-11-23T12:20:00Z", "agent")
                .resolve("2026-11-23T14:00:00Z", "agent", "Done")
                .build());

        // when
        service.recordCycles(4);

        // then the response (20 min of 1 hour) is met, the resolution (2 of 1 hour) breached, both by version 2
        List<RecordedCycle> recorded = store.find(CycleQuery.all());
        assertThat(recorded)
                .extracting(cycle -> cycle.result().cycle().version())
                .containsOnly(2);
        assertThat(service.attainment(CycleQuery.all(), AttainmentGrouping.STANDARD))
                .containsExactly(Map.entry("support", new Attainment(1, 2)));
    }

    @Test
    public void groupsAttainmentByAssigneeTeamAndProjectWithinAPeriod() {
        issues.add(TimelineBuilder.createdAt("2026-11-23T06:00:00Z")
                .issue(5, "SUP-5")
                .assignedTo("agent")
                .comment("2026-11-23T08:00:00Z", "agent")
                .resolve("2026-11-23T09:00:00Z", "agent", "Done")
                .build());
        service.recordCycles(5);

        CycleQuery november =
                CycleQuery.all().period(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        // the response took 2 hours of its 1: breached; the resolution 3 of 8: met
        assertThat(service.attainment(november, AttainmentGrouping.ASSIGNEE))
                .containsExactly(Map.entry("agent", new Attainment(1, 2)));
        assertThat(service.attainment(november.team(DESK), AttainmentGrouping.TEAM))
                .containsExactly(Map.entry("service-desk", new Attainment(1, 2)));
        assertThat(service.attainment(november, AttainmentGrouping.PROJECT))
                .containsExactly(Map.entry("SUP", new Attainment(1, 2)));
        assertThat(service.attainment(november, AttainmentGrouping.MONTH))
                .containsExactly(Map.entry("2026-11", new Attainment(1, 2)));
        CycleQuery december =
                CycleQuery.all().period(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(service.attainment(december, AttainmentGrouping.STANDARD)).isEmpty();
    }

    @Test
    public void aVersionCannotTakeEffectInThePast() {
        assertThatThrownBy(() -> service.publishVersion(
                        SUPPORT,
                        "Support",
                        MatchingRule.any(),
                        metrics(Duration.ofHours(1)),
                        Instant.parse("2026-11-23T10:59:59Z")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("service-culture.standards.version.error.effective-in-past");
        assertThat(store.findStandard(SUPPORT).orElseThrow().versions()).hasSize(1);
    }

    @Test
    public void aStandardCannotNameAnUnknownCalendar() {
        StandardVersion first = new StandardVersion(
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "Elsewhere",
                MatchingRule.any(),
                List.of(Metric.timeToFirstResponse(Duration.ofHours(1), CalendarId.of("nowhere"), false)));

        assertThatThrownBy(() -> service.createStandard(StandardId.of("elsewhere"), first))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("service-culture.standards.calendar.error.not-found");
        assertThat(store.findStandard(StandardId.of("elsewhere"))).isEmpty();
    }

    @Test
    public void aStandardIdIsTakenOnce() {
        assertThatThrownBy(
                        () -> service.createStandard(SUPPORT, version(1, "2026-02-01T00:00:00Z", Duration.ofHours(2))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("service-culture.standards.error.exists");
    }

    @Test
    public void importedHolidaysJoinTheCalendarAndReplaceThoseOnTheSameDate() {
        CalendarId office = CalendarId.of("office");
        service.defineCalendar(BusinessCalendar.of(
                office,
                "Office",
                ZoneId.of("Europe/London"),
                WorkingWeek.mondayToFriday(WorkingInterval.of(LocalTime.of(9, 0), LocalTime.of(17, 0))),
                List.of(Holiday.on("2026-12-25", "Xmas"), Holiday.on("2026-08-31", "Summer bank holiday"))));

        BusinessCalendar updated = service.importHolidays(
                office, HolidayFormat.CSV, "date,name\n2026-12-25,Christmas Day\n2026-12-28,Boxing Day (substitute)\n");

        assertThat(updated.holidays())
                .containsExactly(
                        Holiday.on("2026-08-31", "Summer bank holiday"),
                        Holiday.on("2026-12-25", "Christmas Day"),
                        Holiday.on("2026-12-28", "Boxing Day (substitute)"));
        assertThat(store.findCalendar(office)).contains(updated);
    }

    @Test
    public void aHolidayFileWithAProblemChangesNothing() {
        assertThatThrownBy(() -> service.importHolidays(ROUND_THE_CLOCK, HolidayFormat.CSV, "2026-13-01,Nope\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("service-culture.standards.calendar.import.error.date");
        assertThat(store.findCalendar(ROUND_THE_CLOCK).orElseThrow().holidays()).isEmpty();
    }

    private static StandardVersion version(int number, String effectiveFrom, Duration resolutionGoal) {
        return new StandardVersion(
                number, Instant.parse(effectiveFrom), "Support", MatchingRule.any(), metrics(resolutionGoal));
    }

    private static List<Metric> metrics(Duration resolutionGoal) {
        return List.of(
                Metric.timeToFirstResponse(Duration.ofHours(1), ROUND_THE_CLOCK, false),
                Metric.timeToResolution(resolutionGoal, ROUND_THE_CLOCK, Set.of(), Set.of()));
    }
}
