package io.serviceculture.bench.standards;

import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.ClockEvaluator;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.MetricClock;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.Holiday;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * SLA evaluation throughput: one operation is one issue timeline of 20 events evaluated for two metrics (time to
 * first response and time to resolution, with pauses for the client and for a third party) on a Berlin office
 * calendar with two split intervals a day and public holidays. The timelines are varied (answered or not,
 * paused, reopened, resolved or still open) and spread over weeks, and "now" lies after all of them, so every
 * kind of cycle is measured. Target (design §6): at least 100 000 timelines per second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StandardsClockBenchmark {
    private static final int TIMELINES = 4096;
    private static final int EVENTS = 20;
    private static final CalendarId CALENDAR_ID = CalendarId.of("berlin");
    private static final StatusRef OPEN = new StatusRef("1", "Open", StatusCategory.TO_DO);
    private static final StatusRef IN_PROGRESS = new StatusRef("3", "In Progress", StatusCategory.IN_PROGRESS);
    private static final StatusRef WAITING_FOR_CLIENT =
            new StatusRef("10100", "Waiting for client", StatusCategory.IN_PROGRESS);
    private static final StatusRef WAITING_FOR_VENDOR =
            new StatusRef("10101", "Waiting for vendor", StatusCategory.IN_PROGRESS);
    private static final StatusRef RESOLVED = new StatusRef("5", "Resolved", StatusCategory.DONE);
    private static final List<StatusRef> WORKING_STATUSES =
            List.of(OPEN, IN_PROGRESS, WAITING_FOR_CLIENT, WAITING_FOR_VENDOR);

    private BusinessCalendar calendar = berlinOffice();
    private Metric firstResponse = Metric.timeToFirstResponse(Duration.ofHours(4), CALENDAR_ID, true);
    private Metric resolution = Metric.timeToResolution(
            Duration.ofHours(40), CALENDAR_ID, Set.of(WAITING_FOR_CLIENT.id()), Set.of(WAITING_FOR_VENDOR.id()));
    private List<IssueTimeline> timelines = List.of();
    private Instant now = Instant.parse("2027-03-01T12:00:00Z");
    private int next;

    @Setup
    public void setUp() {
        calendar = berlinOffice();
        firstResponse = Metric.timeToFirstResponse(Duration.ofHours(4), CALENDAR_ID, true);
        resolution = Metric.timeToResolution(
                Duration.ofHours(40), CALENDAR_ID, Set.of(WAITING_FOR_CLIENT.id()), Set.of(WAITING_FOR_VENDOR.id()));
        timelines = timelines(new Random(42));
        now = Instant.parse("2027-03-01T12:00:00Z");
        next = 0;
    }

    @Benchmark
    public void evaluateFirstResponseAndResolution(Blackhole blackhole) {
        IssueTimeline timeline = timelines.get(next);
        next = (next + 1) % TIMELINES;
        MetricClock response = ClockEvaluator.evaluate(timeline, firstResponse, calendar, now);
        MetricClock resolved = ClockEvaluator.evaluate(timeline, resolution, calendar, now);
        blackhole.consume(response);
        blackhole.consume(resolved);
    }

    private static BusinessCalendar berlinOffice() {
        List<Holiday> holidays = new ArrayList<>();
        for (int year = 2025; year <= 2027; year++) {
            for (String monthDay : List.of(
                    "01-01", "04-18", "04-21", "05-01", "05-29", "06-09", "10-03", "12-24", "12-25", "12-26",
                    "12-31")) {
                holidays.add(Holiday.on(LocalDate.parse(year + "-" + monthDay)));
            }
        }
        return BusinessCalendar.of(
                CALENDAR_ID,
                "Berlin office",
                ZoneId.of("Europe/Berlin"),
                WorkingWeek.mondayToFriday(WorkingInterval.parse("08:30-12:30"), WorkingInterval.parse("13:30-17:30")),
                holidays);
    }

    /** Timelines created through 2026, each with 20 events a few minutes to two days apart. */
    private static List<IssueTimeline> timelines(Random random) {
        List<IssueTimeline> all = new ArrayList<>(TIMELINES);
        Instant firstCreated = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < TIMELINES; i++) {
            Optional<UserKey> reporter = Optional.of(UserKey.of("client" + random.nextInt(500)));
            Instant created = firstCreated.plusSeconds(random.nextInt(360 * 86_400));
            List<IssueEvent> events = new ArrayList<>(EVENTS);
            Instant at = created;
            StatusRef status = OPEN;
            boolean resolved = false;
            while (events.size() < EVENTS) {
                at = at.plusSeconds(300 + random.nextInt(2 * 86_400));
                Optional<UserKey> agent = Optional.of(UserKey.of("agent" + random.nextInt(50)));
                // a resolution or reopen is two events (status and resolution), so only while two fit
                int kind = random.nextInt(events.size() <= EVENTS - 2 ? 10 : 8);
                if (kind < 3) {
                    events.add(new IssueEvent.Commented(at, random.nextInt(3) == 0 ? reporter : agent, false));
                } else if (kind < 6) {
                    StatusRef to = WORKING_STATUSES.get(random.nextInt(WORKING_STATUSES.size()));
                    events.add(new IssueEvent.StatusChanged(at, random.nextBoolean() ? reporter : agent, status, to));
                    status = to;
                } else if (kind < 8) {
                    events.add(new IssueEvent.AssigneeChanged(at, agent, Optional.empty(), agent));
                } else if (!resolved) {
                    events.add(new IssueEvent.StatusChanged(at, agent, status, RESOLVED));
                    events.add(new IssueEvent.ResolutionSet(at, agent, "Fixed"));
                    status = RESOLVED;
                    resolved = true;
                } else {
                    events.add(new IssueEvent.StatusChanged(at, reporter, status, IN_PROGRESS));
                    events.add(new IssueEvent.ResolutionCleared(at, reporter));
                    status = IN_PROGRESS;
                    resolved = false;
                }
            }
            all.add(new IssueTimeline(
                    10_000L + i,
                    "SUP-" + i,
                    new IssueFacts("SUP", "Bug", "Major", Set.of(), Set.of()),
                    reporter,
                    created,
                    OPEN,
                    Optional.empty(),
                    events));
        }
        return all;
    }
}
