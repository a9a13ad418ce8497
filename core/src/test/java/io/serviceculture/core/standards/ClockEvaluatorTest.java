package io.serviceculture.core.standards;

import static io.serviceculture.core.standards.TimelineBuilder.IN_PROGRESS;
import static io.serviceculture.core.standards.TimelineBuilder.WAITING_FOR_CLIENT;
import static io.serviceculture.core.standards.TimelineBuilder.WAITING_FOR_VENDOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** Clocks on a Monday–Friday 09:00–17:00 UTC calendar; 2026-11-23 is a Monday. */
public class ClockEvaluatorTest {
    private static final CalendarId OFFICE_ID = CalendarId.of("office");
    private static final BusinessCalendar OFFICE = BusinessCalendar.of(
            OFFICE_ID,
            "Office",
            ZoneOffset.UTC,
            WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
            List.of());
    private static final Metric FIRST_RESPONSE = Metric.timeToFirstResponse(Duration.ofHours(4), OFFICE_ID, false);
    private static final Metric RESOLUTION = Metric.timeToResolution(
            Duration.ofHours(16), OFFICE_ID, Set.of(WAITING_FOR_CLIENT.id()), Set.of(WAITING_FOR_VENDOR.id()));

    @Test
    public void stopsAtTheFirstCommentBySomeoneOtherThanTheReporter() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T10:00:00Z")
                .reportedBy("client")
                .comment("2026-11-23T10:30:00Z", "client")
                .comment("2026-11-23T11:15:00Z", "agent")
                .comment("2026-11-23T12:00:00Z", "agent")
                .build();

        MetricClock clock = evaluate(timeline, FIRST_RESPONSE, "2026-11-24T12:00:00Z");

        assertThat(clock.ongoing()).isEmpty();
        assertThat(clock.completed()).singleElement().satisfies(cycle -> {
            assertThat(cycle.start()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
            assertThat(cycle.stop()).isEqualTo(Instant.parse("2026-11-23T11:15:00Z"));
            assertThat(cycle.elapsed()).isEqualTo(Duration.ofMinutes(75));
            assertThat(cycle.met()).isTrue();
            assertThat(cycle.version()).isEqualTo(1);
        });
    }

    @Test
    public void automatedCommentsAreNoResponse() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T10:00:00Z")
                .automatedComment("2026-11-23T10:00:05Z")
                .comment("2026-11-23T12:00:00Z", "agent")
                .build();

        assertThat(evaluate(timeline, FIRST_RESPONSE, "2026-11-24T12:00:00Z").completed())
                .singleElement()
                .extracting(CompletedCycle::elapsed)
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    public void restrictedCommentsCountUnlessOnlyPublicOnesShould() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T10:00:00Z")
                .restrictedComment("2026-11-23T10:30:00Z", "agent")
                .comment("2026-11-23T11:00:00Z", "agent")
                .build();
        Metric publicOnly = FIRST_RESPONSE.withStopOn(EnumSet.of(StopTrigger.PUBLIC_COMMENT_BY_OTHER_THAN_REPORTER));

        assertThat(evaluate(timeline, FIRST_RESPONSE, "2026-11-24T12:00:00Z").completed())
                .singleElement()
                .extracting(CompletedCycle::elapsed)
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(evaluate(timeline, publicOnly, "2026-11-24T12:00:00Z").completed())
                .singleElement()
                .extracting(CompletedCycle::elapsed)
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    public void aTransitionBySomeoneElseIsAResponseOnlyWhenTheOptionIsOn() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T10:00:00Z")
                .status("2026-11-23T10:20:00Z", "agent", IN_PROGRESS)
                .comment("2026-11-23T11:00:00Z", "agent")
                .build();
        Metric withTransitions = Metric.timeToFirstResponse(Duration.ofHours(4), OFFICE_ID, true);

        assertThat(evaluate(timeline, withTransitions, "2026-11-24T12:00:00Z").completed())
                .singleElement()
                .extracting(CompletedCycle::stop)
                .isEqualTo(Instant.parse("2026-11-23T10:20:00Z"));
        assertThat(evaluate(timeline, FIRST_RESPONSE, "2026-11-24T12:00:00Z").completed())
                .singleElement()
                .extracting(CompletedCycle::stop)
                .isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
    }

    @Test
    public void theReportersOwnTransitionIsNoResponse() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T10:00:00Z")
                .reportedBy("client")
                .status("2026-11-23T10:20:00Z", "client", IN_PROGRESS)
                .build();
        Metric withTransitions = Metric.timeToFirstResponse(Duration.ofHours(4), OFFICE_ID, true);

        MetricClock clock = evaluate(timeline, withTransitions, "2026-11-23T11:00:00Z");

        assertThat(clock.completed()).isEmpty();
        assertThat(clock.ongoing()).isPresent();
    }

    @Test
    public void anOngoingCycleCountsUntilNowAndTellsWhenItIsDue() {
        IssueTimeline timeline =
                TimelineBuilder.createdAt("2026-11-23T10:00:00Z").build();

        OngoingCycle cycle = evaluate(timeline, FIRST_RESPONSE, "2026-11-23T12:00:00Z")
                .ongoing()
                .orElseThrow();

        assertThat(cycle.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(cycle.remaining()).isEqualTo(Duration.ofHours(2));
        assertThat(cycle.breached()).isFalse();
        assertThat(cycle.warning()).isFalse();
        assertThat(cycle.paused()).isFalse();
        assertThat(cycle.dueAt()).contains(Instant.parse("2026-11-23T14:00:00Z"));
    }

    @Test
    public void warnsFromSeventyFivePercentOfTheGoal() {
        IssueTimeline timeline =
                TimelineBuilder.createdAt("2026-11-23T10:00:00Z").build();

        // 75 % of 4h is 3h
        assertThat(evaluate(timeline, FIRST_RESPONSE, "2026-11-23T12:59:59Z")
                        .ongoing()
                        .orElseThrow()
                        .warning())
                .isFalse();
        assertThat(evaluate(timeline, FIRST_RESPONSE, "2026-11-23T13:00:00Z")
                        .ongoing()
                        .orElseThrow()
                        .warning())
                .isTrue();
        assertThat(evaluate(timeline, FIRST_RESPONSE.withWarningPercent(50), "2026-11-23T12:00:00Z")
                        .ongoing()
                        .orElseThrow()
                        .warning())
                .isTrue();
    }

    @Test
    public void breachesPastTheGoalAndShowsTheOverdueTimeAsNegativeRemaining() {
        IssueTimeline timeline =
                TimelineBuilder.createdAt("2026-11-23T10:00:00Z").build();

        // Monday 10:00–17:00 (7h) and Tuesday 09:00–10:00 (1h) = 8h against a 4h goal
        OngoingCycle cycle = evaluate(timeline, FIRST_RESPONSE, "2026-11-24T10:00:00Z")
                .ongoing()
                .orElseThrow();

        assertThat(cycle.elapsed()).isEqualTo(Duration.ofHours(8));
        assertThat(cycle.breached()).isTrue();
        assertThat(cycle.warning()).isFalse();
        assertThat(cycle.remaining()).isEqualTo(Duration.ofHours(-4));
        assertThat(cycle.dueAt()).isEmpty();
    }

    @Test
    public void aCycleExactlyAtItsGoalIsMet() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T10:00:00Z")
                .comment("2026-11-23T14:00:00Z", "agent")
                .build();

        assertThat(evaluate(timeline, FIRST_RESPONSE, "2026-11-24T10:00:00Z").completed())
                .singleElement()
                .satisfies(cycle -> assertThat(cycle.met()).isTrue());
    }

    @Test
    public void pausesWhileWaitingForClient() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                .status("2026-11-23T11:00:00Z", "agent", WAITING_FOR_CLIENT)
                .status("2026-11-24T09:30:00Z", "reporter", IN_PROGRESS)
                .resolve("2026-11-24T12:00:00Z", "agent", "Done")
                .build();

        // Monday 09:00–11:00 (2h), paused until Tuesday 09:30, then 09:30–12:00 (2h30m)
        assertThat(evaluate(timeline, RESOLUTION, "2026-11-25T09:00:00Z").completed())
                .singleElement()
                .extracting(CompletedCycle::elapsed)
                .isEqualTo(Duration.ofMinutes(270));
    }

    @Test
    public void standsStillWhileWaitingForAThirdPartyAndSaysWhy() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                .status("2026-11-23T10:00:00Z", "agent", WAITING_FOR_CLIENT)
                .status("2026-11-23T11:00:00Z", "agent", WAITING_FOR_VENDOR)
                .build();

        OngoingCycle cycle =
                evaluate(timeline, RESOLUTION, "2026-11-25T15:00:00Z").ongoing().orElseThrow();

        assertThat(cycle.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(cycle.paused()).isTrue();
        assertThat(cycle.pausedFor()).contains(PauseReason.WAITING_FOR_THIRD_PARTY);
        assertThat(cycle.dueAt()).isEmpty();
    }

    @Test
    public void startsPausedWhenCreatedInAPauseStatus() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                .inStatus(WAITING_FOR_CLIENT)
                .status("2026-11-23T15:00:00Z", "agent", IN_PROGRESS)
                .build();

        OngoingCycle cycle =
                evaluate(timeline, RESOLUTION, "2026-11-23T16:00:00Z").ongoing().orElseThrow();

        assertThat(cycle.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(cycle.paused()).isFalse();
    }

    @Test
    public void aReopenStartsANewCycle() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                .resolve("2026-11-23T13:00:00Z", "agent", "Fixed")
                .reopen("2026-11-24T10:00:00Z", "reporter")
                .resolve("2026-11-26T10:00:00Z", "agent", "Fixed")
                .build();
        Metric resolution = Metric.timeToResolution(Duration.ofHours(12), OFFICE_ID, Set.of(), Set.of());

        MetricClock clock = evaluate(timeline, resolution, "2026-11-27T09:00:00Z");

        // first cycle Monday 09:00–13:00 = 4h; second Tuesday 10:00–17:00, Wednesday 8h, Thursday 09:00–10:00 = 16h
        assertThat(clock.completed())
                .extracting(CompletedCycle::elapsed, CompletedCycle::met)
                .containsExactly(tuple(Duration.ofHours(4), true), tuple(Duration.ofHours(16), false));
        assertThat(clock.ongoing()).isEmpty();
    }

    @Test
    public void aReopenedIssueHasARunningCycleUntilResolvedAgain() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                .resolve("2026-11-23T13:00:00Z", "agent", "Fixed")
                .reopen("2026-11-24T10:00:00Z", "reporter")
                .build();

        MetricClock clock = evaluate(timeline, RESOLUTION, "2026-11-24T11:00:00Z");

        assertThat(clock.completed()).hasSize(1);
        assertThat(clock.ongoing().orElseThrow().start()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(clock.ongoing().orElseThrow().elapsed()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    public void aReopenDoesNotRestartTheFirstResponseClock() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                .comment("2026-11-23T10:00:00Z", "agent")
                .resolve("2026-11-23T13:00:00Z", "agent", "Fixed")
                .reopen("2026-11-24T10:00:00Z", "reporter")
                .build();

        MetricClock clock = evaluate(timeline, FIRST_RESPONSE, "2026-11-25T10:00:00Z");

        assertThat(clock.completed()).hasSize(1);
        assertThat(clock.ongoing()).isEmpty();
    }

    @Test
    public void ignoresEverythingAfterNow() {
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                .comment("2026-11-23T15:00:00Z", "agent")
                .build();

        assertThat(evaluate(timeline, FIRST_RESPONSE, "2026-11-23T10:00:00Z").ongoing())
                .hasValueSatisfying(cycle -> assertThat(cycle.elapsed()).isEqualTo(Duration.ofHours(1)));
        assertThat(evaluate(timeline, FIRST_RESPONSE, "2026-11-23T08:00:00Z").isEmpty())
                .isTrue();
    }

    @Test
    public void theVersionInForceWhenACycleStartsGovernsThatCycle() {
        // version 1 (goal 8h) from January; version 2 (goal 2h) from Tuesday 2026-11-24 00:00
        StandardVersion first = new StandardVersion(
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "Support",
                MatchingRule.any(),
                List.of(Metric.timeToResolution(Duration.ofHours(8), OFFICE_ID, Set.of(), Set.of())));
        ServiceStandard standard = ServiceStandard.create(StandardId.of("support"), first)
                .withNewVersion(
                        "Support, faster",
                        MatchingRule.any(),
                        List.of(Metric.timeToResolution(Duration.ofHours(2), OFFICE_ID, Set.of(), Set.of())),
                        Instant.parse("2026-11-24T00:00:00Z"),
                        Instant.parse("2026-11-23T18:00:00Z"));
        IssueTimeline timeline = TimelineBuilder.createdAt("2026-11-23T09:00:00Z")
                .resolve("2026-11-23T13:00:00Z", "agent", "Fixed")
                .reopen("2026-11-24T10:00:00Z", "reporter")
                .resolve("2026-11-24T13:00:00Z", "agent", "Fixed")
                .build();

        MetricClock clock = ClockEvaluator.evaluate(
                timeline,
                standard,
                Metric.RESOLUTION,
                Optional.empty(),
                id -> Optional.of(OFFICE),
                Instant.parse("2026-11-25T09:00:00Z"));

        // 4h under version 1 (goal 8h): met; 3h under version 2 (goal 2h): breached
        assertThat(clock.completed())
                .extracting(CompletedCycle::version, CompletedCycle::elapsed, CompletedCycle::goal, CompletedCycle::met)
                .containsExactly(
                        tuple(1, Duration.ofHours(4), Duration.ofHours(8), true),
                        tuple(2, Duration.ofHours(3), Duration.ofHours(2), false));
    }

    @Test
    public void noCycleStartsBeforeTheFirstVersionOrUnderAVersionThatDoesNotMatch() {
        StandardVersion onlyOtherProject = new StandardVersion(
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "Other project",
                MatchingRule.projects("OTHER"),
                List.of(FIRST_RESPONSE));
        StandardVersion fromDecember = new StandardVersion(
                1, Instant.parse("2026-12-01T00:00:00Z"), "Later", MatchingRule.any(), List.of(FIRST_RESPONSE));
        IssueTimeline timeline =
                TimelineBuilder.createdAt("2026-11-23T09:00:00Z").build();

        for (StandardVersion version : List.of(onlyOtherProject, fromDecember)) {
            MetricClock clock = ClockEvaluator.evaluate(
                    timeline,
                    ServiceStandard.create(StandardId.of("s"), version),
                    Metric.FIRST_RESPONSE,
                    Optional.empty(),
                    id -> Optional.of(OFFICE),
                    Instant.parse("2026-11-25T09:00:00Z"));
            assertThat(clock.isEmpty()).as(version.name()).isTrue();
        }
    }

    @Test
    public void aMissingCalendarIsNotFound() {
        ServiceStandard standard = ServiceStandard.create(
                StandardId.of("s"),
                new StandardVersion(
                        1, Instant.parse("2026-01-01T00:00:00Z"), "S", MatchingRule.any(), List.of(FIRST_RESPONSE)));
        IssueTimeline timeline =
                TimelineBuilder.createdAt("2026-11-23T09:00:00Z").build();

        assertThatThrownBy(() -> ClockEvaluator.evaluate(
                        timeline,
                        standard,
                        Metric.FIRST_RESPONSE,
                        Optional.empty(),
                        id -> Optional.empty(),
                        Instant.parse("2026-11-25T09:00:00Z")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("service-culture.standards.calendar.error.not-found");
    }

    private static MetricClock evaluate(IssueTimeline timeline, Metric metric, String now) {
        return ClockEvaluator.evaluate(timeline, metric, OFFICE, Instant.parse(now));
    }
}
