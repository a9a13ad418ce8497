package io.serviceculture.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryLiveClocks;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class LiveClocksServiceTest {
    static final CalendarId ROUND_THE_CLOCK = CalendarId.of("24x7");
    static final StandardId SUPPORT = StandardId.of("support");
    static final UserKey VIEWER = UserKey.of("viewer");

    private final MutableClock clock = MutableClock.at("2026-11-23T09:30:00Z");
    private final InMemoryStandardsStore store = new InMemoryStandardsStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private final InMemoryLiveClocks live = new InMemoryLiveClocks();
    private final List<ClockAlert> told = new ArrayList<>();
    private LiveClocksService service;

    @Before
    public void resolutionWithinFourHoursRoundTheClock() {
        StandardsService standards =
                new StandardsService(store, store, store, issues, issues, person -> Optional.empty(), clock);
        standards.defineCalendar(BusinessCalendar.twentyFourSeven(ROUND_THE_CLOCK));
        standards.createStandard(
                SUPPORT,
                new StandardVersion(
                        1,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        "Support",
                        MatchingRule.any(),
                        List.of(Metric.timeToResolution(Duration.ofHours(4), ROUND_THE_CLOCK, Set.of(), Set.of()))));
        service = new LiveClocksService(standards, store, store, issues, live, live, told::add, issues, clock);
        // created at 09:00: the warning (75 %) is due at 12:00, the goal at 13:00
        issues.add(TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                        .issue(1, "SUP-1")
                        .build())
                .letBrowse(VIEWER, 1);
    }

    @Test
    public void storesWhenARunningCycleWillWarnAndBreach() {
        // when
        service.refresh(1);

        // then
        assertThat(live.running(1)).singleElement().satisfies(running -> {
            assertThat(running.warnAt()).contains(Instant.parse("2026-11-23T12:00:00Z"));
            assertThat(running.dueAt()).contains(Instant.parse("2026-11-23T13:00:00Z"));
        });
    }

    @Test
    public void raisesAWarningOnceItIsDueAndTellsOnce() {
        // given
        service.refresh(1);
        clock.set(Instant.parse("2026-11-23T12:10:00Z"));

        // when the sweep runs twice
        int first = service.sweep();
        int second = service.sweep();

        // then one warning was raised and told; the breach is still ahead
        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(told).extracting(ClockAlert::kind).containsExactly(AlertKind.WARNING);
        assertThat(live.running(1).get(0).warnAt()).isEmpty();
        assertThat(live.running(1).get(0).dueAt()).contains(Instant.parse("2026-11-23T13:00:00Z"));
    }

    @Test
    public void aBreachFoundLateIsRaisedOnceWithoutAWarningAndSaysHowLate() {
        // given
        service.refresh(1);
        clock.set(Instant.parse("2026-11-23T14:30:00Z"));

        // when
        service.sweep();
        service.refresh(1);
        service.sweep();

        // then
        assertThat(told).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.BREACH);
            assertThat(alert.issueKey()).isEqualTo("SUP-1");
            assertThat(alert.overdueBy()).isEqualTo(Duration.ofMinutes(90));
        });
        assertThat(live.issuesDueBy(clock.instant(), 10)).isEmpty();
    }

    @Test
    public void listsAlertsOnlyOnIssuesTheViewerMayBrowse() {
        // given a second issue the viewer may not browse, both breached
        issues.add(TimelineBuilder.createdAt("2026-11-23T08:00:00Z")
                .issue(2, "SEC-2")
                .build());
        service.refresh(1);
        service.refresh(2);
        clock.set(Instant.parse("2026-11-23T14:00:00Z"));
        service.sweep();

        // when
        List<ClockAlert> visible = service.alertsFor(VIEWER, 10);

        // then
        assertThat(told).hasSize(2);
        assertThat(visible).extracting(ClockAlert::issueKey).containsExactly("SUP-1");
    }
}
