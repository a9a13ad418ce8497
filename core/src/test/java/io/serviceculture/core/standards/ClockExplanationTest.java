package io.serviceculture.core.standards;

import static io.serviceculture.core.standards.TimelineBuilder.IN_PROGRESS;
import static io.serviceculture.core.standards.TimelineBuilder.OPEN;
import static io.serviceculture.core.standards.TimelineBuilder.WAITING_FOR_CLIENT;
import static io.serviceculture.core.standards.TimelineBuilder.WAITING_FOR_VENDOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.Holiday;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * Explained clocks: every interval of a cycle, counted or not and why, with what began and ended it, adding up to
 * the clock's own elapsed time because the evaluator itself walks the history and the explanation only listens.
 */
public class ClockExplanationTest {
    private static final CalendarId OFFICE_ID = CalendarId.of("office");
    private static final StandardId SUPPORT = StandardId.of("support");
    private static final UserKey ADMIN = UserKey.of("admin");
    /** Monday–Friday 09:00–17:00 UTC with Christmas Day 2026 (a Friday) off. */
    private static final BusinessCalendar OFFICE = BusinessCalendar.of(
            OFFICE_ID,
            "Office",
            ZoneOffset.UTC,
            WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
            List.of(Holiday.on("2026-12-25", "Christmas Day")));

    private final MutableClock clock = MutableClock.at("2027-01-04T12:00:00Z");
    private final InMemoryStandardsStore store = new InMemoryStandardsStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private StandardsService service;

    @Before
    public void supportStandardWithBothClocksOnTheOfficeCalendar() {
        service = new StandardsService(store, store, store, issues, issues, person -> Optional.empty(), clock);
        service.defineCalendar(OFFICE);
        service.createStandard(
                SUPPORT,
                new StandardVersion(
                        1,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        "Client support",
                        MatchingRule.any(),
                        List.of(
                                Metric.timeToFirstResponse(Duration.ofHours(4), OFFICE_ID, false),
                                Metric.timeToResolution(
                                        Duration.ofHours(8),
                                        OFFICE_ID,
                                        Set.of(WAITING_FOR_CLIENT.id()),
                                        Set.of(WAITING_FOR_VENDOR.id())))));
    }

    /**
     * Created Thursday 24 December 2026 at 16:00; Christmas Day off; reassigned Monday 28th at 10:00, answered at
     * 10:30, waiting for the client 11:00–14:00, then for a vendor from 15:00 to Tuesday 10:00, resolved at 12:00.
     */
    private static IssueTimeline christmasIssue() {
        return TimelineBuilder.createdAt("2026-12-24T16:00:00Z")
                .issue(7, "SUP-7")
                .reportedBy("client")
                .inStatus(OPEN)
                .assignee("2026-12-28T10:00:00Z", "lead", "", "agent")
                .comment("2026-12-28T10:30:00Z", "agent")
                .status("2026-12-28T11:00:00Z", "agent", WAITING_FOR_CLIENT)
                .status("2026-12-28T14:00:00Z", "client", IN_PROGRESS)
                .status("2026-12-28T15:00:00Z", "agent", WAITING_FOR_VENDOR)
                .status("2026-12-29T10:00:00Z", "agent", IN_PROGRESS)
                .resolve("2026-12-29T12:00:00Z", "agent", "Fixed")
                .build();
    }

    @Test
    public void explainsEveryReasonAClockCountsOrStandsStill() {
        // given
        issues.add(christmasIssue()).letBrowse(ADMIN, 7);

        // when
        IssueClocksExplained explained = service.explain(ADMIN, 7);

        // then time to resolution: 16:00–17:00 Thu (1h), Christmas Day off, the weekend off, Mon 09:00–10:00 (1h),
        // 10:00–11:00 (1h), client 11:00–14:00, 14:00–15:00 (1h), vendor 15:00–Tue 10:00, 10:00–12:00 (2h) = 6h
        assertThat(explained.clocks())
                .extracting(ClockExplanation::metricKey)
                .containsExactly(Metric.FIRST_RESPONSE, Metric.RESOLUTION);
        ExplainedCycle resolution = explained.clocks().get(1).cycles().get(0);
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(6));
        assertThat(resolution.met()).isTrue();
        assertThat(resolution.intervals())
                .extracting(interval -> interval.from() + " " + interval.reason() + " " + interval.detail() + " "
                        + interval.counted() + " " + interval.startedBy().kind() + " > "
                        + interval.endedBy().kind())
                .containsExactly(
                        "2026-12-24T16:00:00Z COUNTED  PT1H ISSUE_CREATED > WORKING_HOURS_END",
                        "2026-12-24T17:00:00Z OUTSIDE_WORKING_HOURS  PT0S WORKING_HOURS_END > HOLIDAY_BEGINS",
                        "2026-12-25T00:00:00Z HOLIDAY Christmas Day PT0S HOLIDAY_BEGINS > HOLIDAY_ENDS",
                        "2026-12-26T00:00:00Z OUTSIDE_WORKING_HOURS  PT0S HOLIDAY_ENDS > WORKING_HOURS_BEGIN",
                        "2026-12-28T09:00:00Z COUNTED  PT1H WORKING_HOURS_BEGIN > ASSIGNEE_CHANGED",
                        "2026-12-28T10:00:00Z COUNTED  PT1H ASSIGNEE_CHANGED > STATUS_CHANGED",
                        "2026-12-28T11:00:00Z WAITING_FOR_CLIENT Waiting for client PT0S STATUS_CHANGED > STATUS_CHANGED",
                        "2026-12-28T14:00:00Z COUNTED  PT1H STATUS_CHANGED > STATUS_CHANGED",
                        "2026-12-28T15:00:00Z WAITING_FOR_THIRD_PARTY Waiting for vendor PT0S STATUS_CHANGED > STATUS_CHANGED",
                        "2026-12-29T10:00:00Z COUNTED  PT2H STATUS_CHANGED > RESOLUTION_SET");
        ClockInterval reassigned = resolution.intervals().get(5);
        assertThat(reassigned.startedBy().detail()).isEqualTo("agent");
        assertThat(reassigned.startedBy().actor()).contains(UserKey.of("lead"));
        assertThat(resolution.intervals().get(6).endedBy().detail()).isEqualTo("In Progress");
        assertThat(resolution.intervals().get(9).endedBy().detail()).isEqualTo("Fixed");
        assertThat(resolution.intervals().get(9).to()).isEqualTo(Instant.parse("2026-12-29T12:00:00Z"));
    }

    @Test
    public void firstResponseEndsWithTheAssigneesComment() {
        // given
        issues.add(christmasIssue()).letBrowse(ADMIN, 7);

        // when
        ExplainedCycle response =
                service.explain(ADMIN, 7).clocks().get(0).cycles().get(0);

        // then 16:00–17:00 Thu (1h) + Mon 09:00–10:00 (1h) + 10:00–10:30 (30m) = 2h30m, ended by agent's comment
        assertThat(response.elapsed()).isEqualTo(Duration.ofMinutes(150));
        ClockInterval last = response.intervals().get(response.intervals().size() - 1);
        assertThat(last.endedBy().kind()).isEqualTo(ClockMoment.Kind.COMMENTED);
        assertThat(last.endedBy().actor()).contains(UserKey.of("agent"));
        assertThat(last.counted()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    public void aRunningClockIsExplainedUpToNowWhileWaitingForTheClient() {
        // given it is Monday 28th at 12:00, the issue waiting for the client since 11:00
        clock.set(Instant.parse("2026-12-28T12:00:00Z"));
        issues.add(christmasIssue()).letBrowse(ADMIN, 7);

        // when
        ExplainedCycle resolution =
                service.explain(ADMIN, 7).clocks().get(1).cycles().get(0);

        // then 1h Thursday + 2h Monday morning, paused since 11:00 up to now
        assertThat(resolution.running()).isTrue();
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(3));
        ClockInterval last = resolution.intervals().get(resolution.intervals().size() - 1);
        assertThat(last.reason()).isEqualTo(IntervalReason.WAITING_FOR_CLIENT);
        assertThat(last.endedBy().kind()).isEqualTo(ClockMoment.Kind.NOW);
        assertThat(last.to()).isEqualTo(Instant.parse("2026-12-28T12:00:00Z"));
    }

    @Test
    public void anIssueTheViewerMayNotBrowseIsNotFound() {
        issues.add(christmasIssue());

        assertThatThrownBy(() -> service.explain(ADMIN, 7)).isInstanceOf(NotFoundException.class);
    }

    /**
     * DRILL-1 (asf-drill/drill_1_issue.json): reported by mhausenblas on Wednesday 2012-09-05T16:34:55.991Z, first
     * comment by someone else (clarkyzl) on Friday 2012-09-14T08:44:50.798Z.
     */
    @Test
    public void drill1FirstResponseExplainedDayByDayWithItsHoliday() {
        // given the office calendar with Wednesday 2012-09-12 a holiday
        BusinessCalendar office = BusinessCalendar.of(
                OFFICE_ID,
                "Office",
                ZoneOffset.UTC,
                WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
                List.of(Holiday.on("2012-09-12", "Company day")));
        IssueTimeline drill1 = TimelineBuilder.createdAt("2012-09-05T16:34:55.991Z")
                .issue(12606268, "DRILL-1")
                .facts(new IssueFacts("DRILL", "Improvement", "Minor", Set.of(), Set.of()))
                .reportedBy("mhausenblas")
                .comment("2012-09-14T08:44:50.798Z", "clarkyzl")
                .build();
        ClockExplainer explainer = new ClockExplainer();

        // when
        MetricClock clock = ClockEvaluator.evaluate(
                drill1,
                Metric.timeToFirstResponse(Duration.ofHours(24), OFFICE_ID, false),
                office,
                Instant.parse("2014-06-01T00:00:00Z"),
                explainer);

        // then Wed 5th 16:34:55.991 → 17:00 = 25m04.009s; Thu 6, Fri 7, Mon 10, Tue 11 = 4 × 8h; Wed 12 holiday;
        // Thu 13 = 8h; Fri 14 before 09:00 = 0. 25m04.009s + 40h = 40h25m04.009s, the clock's own figure
        ExplainedCycle cycle = explainer.cycles().get(0);
        assertThat(cycle.elapsed())
                .isEqualTo(clock.completed().get(0).elapsed())
                .isEqualTo(Duration.parse("PT40H25M4.009S"));
        assertThat(cycle.intervals())
                .extracting(interval -> interval.reason() + " " + interval.counted())
                .containsExactly(
                        "COUNTED PT25M4.009S",
                        "OUTSIDE_WORKING_HOURS PT0S",
                        "COUNTED PT8H",
                        "OUTSIDE_WORKING_HOURS PT0S",
                        "COUNTED PT8H",
                        "OUTSIDE_WORKING_HOURS PT0S", // Friday 17:00 to Monday 09:00, the weekend in one
                        "COUNTED PT8H",
                        "OUTSIDE_WORKING_HOURS PT0S",
                        "COUNTED PT8H",
                        "OUTSIDE_WORKING_HOURS PT0S",
                        "HOLIDAY PT0S",
                        "OUTSIDE_WORKING_HOURS PT0S",
                        "COUNTED PT8H",
                        "OUTSIDE_WORKING_HOURS PT0S");
        assertThat(cycle.intervals().get(5).from()).isEqualTo(Instant.parse("2012-09-07T17:00:00Z"));
        assertThat(cycle.intervals().get(5).to()).isEqualTo(Instant.parse("2012-09-10T09:00:00Z"));
        assertThat(cycle.intervals().get(10).detail()).isEqualTo("Company day");
        ClockInterval last = cycle.intervals().get(13);
        assertThat(last.to()).isEqualTo(Instant.parse("2012-09-14T08:44:50.798Z"));
        assertThat(last.endedBy().kind()).isEqualTo(ClockMoment.Kind.COMMENTED);
        assertThat(last.endedBy().actor()).contains(UserKey.of("clarkyzl"));
    }

    @Test
    public void randomHistoriesAreExplainedExactlyAsTheyAreCounted() {
        // given thousands of random histories on a calendar with daylight saving, split hours and holidays
        Random random = new Random(20261123L);
        BusinessCalendar berlin = BusinessCalendar.of(
                OFFICE_ID,
                "Berlin",
                ZoneId.of("Europe/Berlin"),
                WorkingWeek.mondayToFriday(WorkingInterval.parse("01:00-04:00"), WorkingInterval.parse("09:00-17:00")),
                List.of(Holiday.on("2026-03-30", "Spring day"), Holiday.on("2026-10-26", "")));
        Metric resolution = Metric.timeToResolution(
                Duration.ofHours(30), OFFICE_ID, Set.of(WAITING_FOR_CLIENT.id()), Set.of(WAITING_FOR_VENDOR.id()));
        for (int i = 0; i < 500; i++) {
            IssueTimeline timeline = randomHistory(random);
            Instant now = timeline.created().plus(Duration.ofDays(random.nextInt(40)));
            ClockExplainer explainer = new ClockExplainer();

            // when
            MetricClock counted = ClockEvaluator.evaluate(timeline, resolution, berlin, now);
            ClockEvaluator.evaluate(timeline, resolution, berlin, now, explainer);

            // then cycle by cycle the same elapsed time, with intervals from start to stop without a gap
            List<Duration> expected = new ArrayList<>();
            counted.completed().forEach(cycle -> expected.add(cycle.elapsed()));
            counted.ongoing().ifPresent(cycle -> expected.add(cycle.elapsed()));
            assertThat(explainer.cycles()).extracting(ExplainedCycle::elapsed).isEqualTo(expected);
            for (ExplainedCycle cycle : explainer.cycles()) {
                Instant end = cycle.stop().orElse(now);
                if (cycle.intervals().isEmpty()) {
                    assertThat(end).isEqualTo(cycle.start());
                    continue;
                }
                assertThat(cycle.intervals().get(0).from()).isEqualTo(cycle.start());
                assertThat(cycle.intervals().get(cycle.intervals().size() - 1).to())
                        .isEqualTo(end);
                for (int k = 1; k < cycle.intervals().size(); k++) {
                    assertThat(cycle.intervals().get(k).from())
                            .isEqualTo(cycle.intervals().get(k - 1).to());
                }
            }
        }
    }

    private static IssueTimeline randomHistory(Random random) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(360 * 86_400));
        TimelineBuilder builder = TimelineBuilder.createdAt(created.toString()).reportedBy("client");
        Instant at = created;
        boolean resolved = false;
        for (int e = 0; e < 12; e++) {
            at = at.plusSeconds(random.nextInt(2 * 86_400)).plusMillis(random.nextInt(1000));
            int kind = random.nextInt(6);
            if (kind == 0) {
                builder.status(at.toString(), "agent", WAITING_FOR_CLIENT);
            } else if (kind == 1) {
                builder.status(at.toString(), "agent", WAITING_FOR_VENDOR);
            } else if (kind == 2) {
                builder.status(at.toString(), "client", IN_PROGRESS);
            } else if (kind == 3) {
                builder.assignee(at.toString(), "lead", "", "agent" + random.nextInt(3));
            } else if (kind == 4 && !resolved) {
                builder.resolve(at.toString(), "agent", "Fixed");
                resolved = true;
            } else if (resolved) {
                builder.reopen(at.toString(), "client");
                resolved = false;
            } else {
                builder.comment(at.toString(), "agent");
            }
        }
        return builder.build();
    }
}
