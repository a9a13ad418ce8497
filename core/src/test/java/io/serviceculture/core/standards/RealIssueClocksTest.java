package io.serviceculture.core.standards;

import static io.serviceculture.core.standards.TimelineBuilder.CLOSED;
import static io.serviceculture.core.standards.TimelineBuilder.IN_PROGRESS;
import static io.serviceculture.core.standards.TimelineBuilder.OPEN;
import static io.serviceculture.core.standards.TimelineBuilder.REOPENED;
import static io.serviceculture.core.standards.TimelineBuilder.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.Holiday;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * Clocks on real Jira issues from ../shared/data/jira (see its README for their origin). Each timeline is
 * transcribed by hand from the issue's JSON (changelog histories and comments, times converted to UTC); fields
 * that are not status, assignee, resolution or comments (links, workflow, fix versions…) are left out, as they do
 * not touch a clock. Every expected value was worked out by hand in the comments.
 */
public class RealIssueClocksTest {
    private static final CalendarId OFFICE_ID = CalendarId.of("office");
    /** Monday–Friday 09:00–17:00 UTC, no holidays. */
    private static final BusinessCalendar OFFICE = BusinessCalendar.of(
            OFFICE_ID,
            "Office",
            ZoneOffset.UTC,
            WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
            List.of());

    /**
     * DRILL-1 (asf-drill/drill_1_issue.json): reported by mhausenblas 2012-09-05T16:34:55.991Z; seven comments,
     * the first by clarkyzl on 2012-09-14T08:44:50.798Z; resolved Won't Fix (Open → Resolved) by jnadeau at
     * 2014-05-28T22:58:39.071Z per the changelog history.
     */
    private static IssueTimeline drill1() {
        return TimelineBuilder.createdAt("2012-09-05T16:34:55.991Z")
                .issue(12606268, "DRILL-1")
                .facts(new IssueFacts("DRILL", "Improvement", "Minor", Set.of(), Set.of()))
                .reportedBy("mhausenblas")
                .comment("2012-09-14T08:44:50.798Z", "clarkyzl")
                .comment("2012-09-14T19:39:41.090Z", "ryanobjc")
                .comment("2012-09-19T04:20:03.706Z", "zhiyuan.daizy")
                .comment("2012-09-19T16:17:05.421Z", "mekery")
                .comment("2012-09-19T20:42:17.960Z", "kamrul")
                .comment("2013-01-11T01:17:42.941Z", "tdunning")
                .status("2014-05-28T22:58:39.071Z", "jnadeau", RESOLVED)
                .resolve("2014-05-28T22:58:39.071Z", "jnadeau", "Won't Fix")
                .comment("2014-05-28T22:58:39.390Z", "jnadeau")
                .build();
    }

    @Test
    public void drill1FirstResponseTookTwoWorkingWeeksAndBreachedADayGoal() {
        // Wed 2012-09-05 16:34:55.991 → 17:00 = 25m04.009s; Thu 6, Fri 7 = 16h; Mon 10 – Thu 13 = 32h;
        // Fri 14 08:44:50.798 is before opening = 0. Total 48h25m04.009s, more than the 24h goal.
        Metric firstResponse = Metric.timeToFirstResponse(Duration.ofHours(24), OFFICE_ID, true);

        MetricClock clock =
                ClockEvaluator.evaluate(drill1(), firstResponse, OFFICE, Instant.parse("2014-06-01T00:00:00Z"));

        assertThat(clock.ongoing()).isEmpty();
        assertThat(clock.completed()).singleElement().satisfies(cycle -> {
            assertThat(cycle.stop()).isEqualTo(Instant.parse("2012-09-14T08:44:50.798Z"));
            assertThat(cycle.elapsed()).isEqualTo(Duration.parse("PT48H25M4.009S"));
            assertThat(cycle.met()).isFalse();
        });
    }

    @Test
    public void drill1FirstResponseLosesAWorkingDayToAHoliday() {
        // as above, with Wednesday 2012-09-12 a holiday: 48h25m04.009s − 8h = 40h25m04.009s
        BusinessCalendar withHoliday = OFFICE.withHolidays(List.of(Holiday.on("2012-09-12", "Company day")));
        Metric firstResponse = Metric.timeToFirstResponse(Duration.ofHours(24), OFFICE_ID, false);

        MetricClock clock =
                ClockEvaluator.evaluate(drill1(), firstResponse, withHoliday, Instant.parse("2014-06-01T00:00:00Z"));

        assertThat(clock.completed())
                .singleElement()
                .extracting(CompletedCycle::elapsed)
                .isEqualTo(Duration.parse("PT40H25M4.009S"));
    }

    @Test
    public void drill1ResolutionCountsOneHundredAndTwentyWorkingWeeks() {
        // Wed 2012-09-05 16:34:55.991 → 17:00 = 25m04.009s. Thu 2012-09-06 to Wed 2014-05-28 inclusive is 630 days
        // (2012-09-05 → 2013-09-05 = 365, → 2014-05-05 = 242, → 2014-05-28 = 23), exactly 90 weeks = 450 weekdays
        // of 8h = 3600h; the resolution at 22:58 on the 28th comes after that day's close.
        Metric resolution = Metric.timeToResolution(Duration.ofHours(40), OFFICE_ID, Set.of(), Set.of());

        MetricClock clock =
                ClockEvaluator.evaluate(drill1(), resolution, OFFICE, Instant.parse("2014-06-01T00:00:00Z"));

        assertThat(clock.completed()).singleElement().satisfies(cycle -> {
            assertThat(cycle.start()).isEqualTo(Instant.parse("2012-09-05T16:34:55.991Z"));
            assertThat(cycle.stop()).isEqualTo(Instant.parse("2014-05-28T22:58:39.071Z"));
            assertThat(cycle.elapsed()).isEqualTo(Duration.parse("PT3600H25M4.009S"));
            assertThat(cycle.met()).isFalse();
        });
    }

    /**
     * DRILL-38 (asf-drill/drill_38_issue.json): reported by chrismerrick on Sunday 2013-02-24T02:04:42.952Z, who
     * comments at 02:13; tnachen assigns it to cmerrick at 17:00:58.268Z and comments at 17:01:36.848Z; cmerrick
     * comments at 17:43:36.857Z and starts progress at 17:43:46.087Z; jnadeau comments on Monday at
     * 04:02:43.710Z and closes it (In Progress → Closed, Fixed) at 04:02:52.996Z.
     */
    private static IssueTimeline drill38() {
        return TimelineBuilder.createdAt("2013-02-24T02:04:42.952Z")
                .issue(12633776, "DRILL-38")
                .facts(new IssueFacts("DRILL", "Sub-task", "Major", Set.of(), Set.of()))
                .reportedBy("chrismerrick")
                .comment("2013-02-24T02:13:00.018Z", "chrismerrick")
                .assignee("2013-02-24T17:00:58.268Z", "tnachen", "", "cmerrick")
                .comment("2013-02-24T17:01:36.848Z", "tnachen")
                .comment("2013-02-24T17:43:36.857Z", "cmerrick")
                .status("2013-02-24T17:43:46.087Z", "cmerrick", IN_PROGRESS)
                .comment("2013-02-25T04:02:43.710Z", "jnadeau")
                .status("2013-02-25T04:02:52.996Z", "jnadeau", CLOSED)
                .resolve("2013-02-25T04:02:52.996Z", "jnadeau", "Fixed")
                .build();
    }

    @Test
    public void drill38WasAnsweredOnASundaySoNoWorkingTimeWasUsed() {
        // the reporter's own comment at 02:13 is no response; tnachen's at 17:01:36.848Z is, and all of Sunday lies
        // outside Monday–Friday hours: 0 of the 4h goal. Around the clock it took 17:01:36.848 − 02:04:42.952 =
        // 14h56m53.896s.
        Metric firstResponse = Metric.timeToFirstResponse(Duration.ofHours(4), OFFICE_ID, false);

        MetricClock office =
                ClockEvaluator.evaluate(drill38(), firstResponse, OFFICE, Instant.parse("2013-03-01T00:00:00Z"));
        MetricClock allDay = ClockEvaluator.evaluate(
                drill38(),
                firstResponse,
                BusinessCalendar.twentyFourSeven(OFFICE_ID),
                Instant.parse("2013-03-01T00:00:00Z"));

        assertThat(office.completed()).singleElement().satisfies(cycle -> {
            assertThat(cycle.stop()).isEqualTo(Instant.parse("2013-02-24T17:01:36.848Z"));
            assertThat(cycle.elapsed()).isZero();
            assertThat(cycle.met()).isTrue();
        });
        assertThat(allDay.completed())
                .singleElement()
                .extracting(CompletedCycle::elapsed)
                .isEqualTo(Duration.parse("PT14H56M53.896S"));
    }

    @Test
    public void drill38ResolutionOnAnIndianCalendarCountsMondayMorningOnly() {
        // Asia/Kolkata is UTC+05:30. Created Sunday 07:34:42.952 IST; closed Monday 09:32:52.996 IST: only Monday
        // 09:00 → 09:32:52.996 counts, 32m52.996s. Around the clock: 2013-02-24T02:04:42.952Z →
        // 2013-02-25T04:02:52.996Z = 25h58m10.044s.
        BusinessCalendar bangalore = BusinessCalendar.of(
                CalendarId.of("in"),
                "Bangalore office",
                ZoneId.of("Asia/Kolkata"),
                WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
                List.of());
        Metric resolution = Metric.timeToResolution(Duration.ofHours(8), CalendarId.of("in"), Set.of(), Set.of());

        MetricClock india =
                ClockEvaluator.evaluate(drill38(), resolution, bangalore, Instant.parse("2013-03-01T00:00:00Z"));
        MetricClock allDay = ClockEvaluator.evaluate(
                drill38(),
                resolution,
                BusinessCalendar.twentyFourSeven(OFFICE_ID),
                Instant.parse("2013-03-01T00:00:00Z"));

        assertThat(india.completed()).singleElement().satisfies(cycle -> {
            assertThat(cycle.stop()).isEqualTo(Instant.parse("2013-02-25T04:02:52.996Z"));
            assertThat(cycle.elapsed()).isEqualTo(Duration.parse("PT32M52.996S"));
            assertThat(cycle.met()).isTrue();
        });
        assertThat(allDay.completed())
                .singleElement()
                .extracting(CompletedCycle::elapsed)
                .isEqualTo(Duration.parse("PT25H58M10.044S"));
    }

    /**
     * DRILL-138 (asf-drill/drill_138_issue.json): reported by jaltekruse on Wednesday 2013-07-03T00:16:13.737Z, no
     * comments. Its changelog (as published by the test-data repository) begins mid-story: the first status
     * item goes Reopened → Resolved, so it was created (as far as the history tells) in Reopened, assigned to
     * breed. tnachen reassigns breed → phunt on 2015-02-24T17:00:58.268Z; jnadeau resolves it (Reopened →
     * Resolved, resolution Test → Fixed) on Saturday 2016-08-13T17:29:13.718Z.
     */
    private static IssueTimeline drill138() {
        return TimelineBuilder.createdAt("2013-07-03T00:16:13.737Z")
                .issue(12655939, "DRILL-138")
                .facts(new IssueFacts(
                        "DRILL",
                        "New Feature",
                        "Major",
                        Set.of("operator", "optimizer", "physical"),
                        Set.of("java client", "server", "tests")))
                .reportedBy("jaltekruse")
                .inStatus(REOPENED)
                .assignedTo("breed")
                .assignee("2015-02-24T17:00:58.268Z", "tnachen", "breed", "phunt")
                .status("2016-08-13T17:29:13.718Z", "jnadeau", RESOLVED)
                .resolve("2016-08-13T17:29:13.718Z", "jnadeau", "Fixed")
                .build();
    }

    @Test
    public void drill138WithoutAnyCommentHasAFirstResponseClockStillRunning() {
        // created Wed 2013-07-03 00:16 (before opening). By Friday 2013-07-05 12:00: Wed 8h + Thu 8h + Fri 3h = 19h,
        // 3h over a 16h goal. By Monday 2016-08-15 10:00 (see the next test for the 6504h up to that Saturday):
        // 6504h + Monday 09:00–10:00 = 6505h.
        Metric firstResponse = Metric.timeToFirstResponse(Duration.ofHours(16), OFFICE_ID, false);

        OngoingCycle early = ClockEvaluator.evaluate(
                        drill138(), firstResponse, OFFICE, Instant.parse("2013-07-05T12:00:00Z"))
                .ongoing()
                .orElseThrow();
        OngoingCycle late = ClockEvaluator.evaluate(
                        drill138(), firstResponse, OFFICE, Instant.parse("2016-08-15T10:00:00Z"))
                .ongoing()
                .orElseThrow();

        assertThat(early.elapsed()).isEqualTo(Duration.ofHours(19));
        assertThat(early.breached()).isTrue();
        assertThat(early.remaining()).isEqualTo(Duration.ofHours(-3));
        assertThat(late.elapsed())
                .isEqualTo(Duration.ofHours(8).multipliedBy(813).plusHours(1));
    }

    @Test
    public void drill138IsAnsweredByTheResolvingTransitionWhenTransitionsCount() {
        // Wed 2013-07-03 → Sat 2016-08-13 is 1137 days (2013-07-03 → 2016-07-03 = 3 × 365 + 1 for 29 Feb 2016 =
        // 1096, → 2016-08-13 = 41). Wed 2013-07-03 to Fri 2016-08-12 inclusive = 1137 days = 162 weeks (810
        // weekdays) + Wed, Thu, Fri (3) = 813 weekdays × 8h = 6504h; Saturday counts nothing. The reassignment in
        // 2015 is not a transition, so the resolving status change by jnadeau is the first response.
        Metric firstResponse = Metric.timeToFirstResponse(Duration.ofHours(16), OFFICE_ID, true);
        Metric resolution = Metric.timeToResolution(Duration.ofHours(80), OFFICE_ID, Set.of(), Set.of());
        Instant now = Instant.parse("2016-09-01T00:00:00Z");

        MetricClock response = ClockEvaluator.evaluate(drill138(), firstResponse, OFFICE, now);
        MetricClock resolved = ClockEvaluator.evaluate(drill138(), resolution, OFFICE, now);

        assertThat(response.completed()).singleElement().satisfies(cycle -> {
            assertThat(cycle.stop()).isEqualTo(Instant.parse("2016-08-13T17:29:13.718Z"));
            assertThat(cycle.elapsed()).isEqualTo(Duration.ofHours(8).multipliedBy(813));
        });
        assertThat(resolved.completed())
                .singleElement()
                .extracting(CompletedCycle::elapsed)
                .isEqualTo(Duration.ofHours(8).multipliedBy(813));
    }

    /**
     * HST-1 (jrjc/valid-5.0-with-changelog.json): created 2012-04-12T14:27:37.672+0200 (12:27:37.672Z) by user1,
     * assigned to user1. user1 comments at 14:28:28.245+0200; user1 reassigns to user2 at 14:28:44.079+0200 (the
     * same change appears again in the history without an author); user2 comments at 14:30:09.682+0200. Still
     * Open and unresolved.
     */
    private static IssueTimeline hst1() {
        return TimelineBuilder.createdAt("2012-04-12T12:27:37.672Z")
                .issue(10000, "HST-1")
                .facts(new IssueFacts("HST", "New Feature", "Minor", Set.of(), Set.of()))
                .reportedBy("user1")
                .inStatus(OPEN)
                .assignedTo("user1")
                .comment("2012-04-12T12:28:28.245Z", "user1")
                .assignee("2012-04-12T12:28:44.079Z", "user1", "user1", "user2")
                .assignee("2012-04-12T12:28:44.079Z", "", "user1", "user2")
                .comment("2012-04-12T12:30:09.682Z", "user2")
                .build();
    }

    private static final BusinessCalendar WARSAW = BusinessCalendar.of(
            CalendarId.of("pl"),
            "Gdańsk office",
            ZoneId.of("Europe/Warsaw"),
            WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
            List.of());

    @Test
    public void hst1WasAnsweredByTheAssigneeTwoAndAHalfMinutesLater() {
        // Thursday 14:27:37.672 → 14:30:09.682 local (CEST), inside 09:00–17:00: 2m32.010s
        Metric firstResponse = Metric.timeToFirstResponse(Duration.ofHours(1), CalendarId.of("pl"), false);

        MetricClock clock =
                ClockEvaluator.evaluate(hst1(), firstResponse, WARSAW, Instant.parse("2012-04-13T12:00:00Z"));

        assertThat(clock.completed()).singleElement().satisfies(cycle -> {
            assertThat(cycle.elapsed()).isEqualTo(Duration.parse("PT2M32.010S"));
            assertThat(cycle.met()).isTrue();
        });
    }

    @Test
    public void hst1ResolutionClockWarnsNearItsGoalAndTellsWhenItIsDue() {
        // now = Friday 2012-04-13 14:00 CEST (12:00Z). Thursday 14:27:37.672 → 17:00 = 2h32m22.328s; Friday
        // 09:00 → 14:00 = 5h: 7h32m22.328s of an 8h goal (75 % is 6h: warning). 27m37.672s remain, due Friday
        // 14:27:37.672 CEST = 12:27:37.672Z.
        Metric resolution = Metric.timeToResolution(Duration.ofHours(8), CalendarId.of("pl"), Set.of(), Set.of());

        OngoingCycle cycle = ClockEvaluator.evaluate(hst1(), resolution, WARSAW, Instant.parse("2012-04-13T12:00:00Z"))
                .ongoing()
                .orElseThrow();

        assertThat(cycle.elapsed()).isEqualTo(Duration.parse("PT7H32M22.328S"));
        assertThat(cycle.remaining()).isEqualTo(Duration.parse("PT27M37.672S"));
        assertThat(cycle.warning()).isTrue();
        assertThat(cycle.breached()).isFalse();
        assertThat(cycle.dueAt()).contains(Instant.parse("2012-04-13T12:27:37.672Z"));
    }

    /**
     * TST-2 (jrjc/valid-all-expanded.json): created Monday 2010-07-26T13:29:18.262+0200 (11:29:18.262Z) by admin.
     * admin moves it Open → In Progress at 2010-08-17T16:40:34.924+0200; admin comments (restricted to a role) at
     * 16:40:57.791; wseliga comments publicly at 16:41:15.360 and (restricted to a group) at 16:49:31.528; admin
     * reassigns to wseliga on 2012-12-07T14:43:49.593+0100 and comments at 14:52:52.567+0100. Unresolved.
     */
    private static IssueTimeline tst2() {
        return TimelineBuilder.createdAt("2010-07-26T11:29:18.262Z")
                .issue(10010, "TST-2")
                .facts(new IssueFacts("TST", "Bug", "Major", Set.of(), Set.of("Component A", "Component B")))
                .reportedBy("admin")
                .assignedTo("admin")
                .status("2010-08-17T14:40:34.924Z", "admin", IN_PROGRESS)
                .restrictedComment("2010-08-17T14:40:57.791Z", "admin")
                .comment("2010-08-17T14:41:15.360Z", "wseliga")
                .restrictedComment("2010-08-17T14:49:31.528Z", "wseliga")
                .assignee("2012-12-07T13:43:49.593Z", "admin", "admin", "wseliga")
                .comment("2012-12-07T13:52:52.567Z", "admin")
                .build();
    }

    @Test
    public void tst2FirstResponseIsAnotherPersonsCommentNotTheReportersOwnTransition() {
        // Mon 2010-07-26 11:29:18.262 → 17:00 = 5h30m41.738s; Tue 27 Jul – Mon 16 Aug = 15 weekdays = 120h;
        // Tue 17 Aug 09:00 → 14:41:15.360 = 5h41m15.360s. Total 131h11m57.098s.
        Metric firstResponse = Metric.timeToFirstResponse(Duration.ofHours(8), OFFICE_ID, true);

        MetricClock clock =
                ClockEvaluator.evaluate(tst2(), firstResponse, OFFICE, Instant.parse("2013-01-01T00:00:00Z"));

        assertThat(clock.completed()).singleElement().satisfies(cycle -> {
            assertThat(cycle.stop()).isEqualTo(Instant.parse("2010-08-17T14:41:15.360Z"));
            assertThat(cycle.elapsed()).isEqualTo(Duration.parse("PT131H11M57.098S"));
            assertThat(cycle.breached()).isTrue();
        });
    }

    @Test
    public void tst2UnresolvedIsOverdueByItsResolutionGoal() {
        // by Friday 2010-08-20 17:00Z: 5h30m41.738s + 19 weekdays (27 Jul – 20 Aug) × 8h = 157h30m41.738s;
        // against 40h that is 117h30m41.738s overdue
        Metric resolution = Metric.timeToResolution(Duration.ofHours(40), OFFICE_ID, Set.of(), Set.of());

        OngoingCycle cycle = ClockEvaluator.evaluate(tst2(), resolution, OFFICE, Instant.parse("2010-08-20T17:00:00Z"))
                .ongoing()
                .orElseThrow();

        assertThat(cycle.elapsed()).isEqualTo(Duration.parse("PT157H30M41.738S"));
        assertThat(cycle.remaining()).isEqualTo(Duration.parse("PT-117H-30M-41.738S"));
        assertThat(cycle.breached()).isTrue();
        assertThat(cycle.dueAt()).isEmpty();
    }

    @Test
    public void tst2StandsStillFromTheMoveIntoAStatusMarkedAsWaiting() {
        // were "In Progress" (id 3) marked as waiting for a third party, the clock would stop at 2010-08-17
        // 14:40:34.924Z: 5h30m41.738s + 120h + 5h40m34.924s = 131h11m16.662s, and stay there
        Metric resolution =
                Metric.timeToResolution(Duration.ofHours(40), OFFICE_ID, Set.of(), Set.of(IN_PROGRESS.id()));

        OngoingCycle cycle = ClockEvaluator.evaluate(tst2(), resolution, OFFICE, Instant.parse("2013-01-01T00:00:00Z"))
                .ongoing()
                .orElseThrow();

        assertThat(cycle.elapsed()).isEqualTo(Duration.parse("PT131H11M16.662S"));
        assertThat(cycle.pausedFor()).contains(PauseReason.WAITING_FOR_THIRD_PARTY);
    }
}
