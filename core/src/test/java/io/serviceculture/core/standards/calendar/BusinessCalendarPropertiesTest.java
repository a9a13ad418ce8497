package io.serviceculture.core.standards.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

/**
 * Laws that must hold for any calendar and any instants, checked over thousands of cases drawn from a fixed seed
 * (so a failure is reproducible), in zones with and without daylight saving, including Lord Howe's half-hour
 * change. The reference it is compared with walks day by day with {@link ZonedDateTime}, sharing no code.
 */
public class BusinessCalendarPropertiesTest {
    private static final int CASES = 3_000;
    private static final long SEED = 20261123L;
    private static final List<ZoneId> ZONES = List.of(
            ZoneOffset.UTC,
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("America/Sao_Paulo"));
    private static final Instant EARLIEST = Instant.parse("2015-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(365 * 12).toSeconds();

    private final Random random = new Random(SEED);
    private final List<BusinessCalendar> calendars = calendars();

    @Test
    public void workingTimeIsAdditiveOverAnyMiddlePoint() {
        for (int i = 0; i < CASES; i++) {
            BusinessCalendar calendar = anyCalendar();
            Instant[] sorted = sortedInstants(3, Duration.ofDays(random.nextBoolean() ? 40 : 900));

            Duration whole = calendar.workingTimeBetween(sorted[0], sorted[2]);
            Duration parts = calendar.workingTimeBetween(sorted[0], sorted[1])
                    .plus(calendar.workingTimeBetween(sorted[1], sorted[2]));

            assertThat(whole)
                    .as("%s from %s via %s to %s", calendar, sorted[0], sorted[1], sorted[2])
                    .isEqualTo(parts);
        }
    }

    @Test
    public void spansCoverThePeriodWithoutGapsAndOnlyWorkingSpansHoldWorkingTime() {
        for (int i = 0; i < CASES; i++) {
            BusinessCalendar calendar = anyCalendar();
            Instant[] sorted = sortedInstants(2, Duration.ofDays(20));

            List<CalendarSpan> spans = calendar.spansBetween(sorted[0], sorted[1]);

            if (sorted[0].equals(sorted[1])) {
                assertThat(spans).isEmpty();
                continue;
            }
            assertThat(spans.get(0).from()).isEqualTo(sorted[0]);
            assertThat(spans.get(spans.size() - 1).to()).isEqualTo(sorted[1]);
            for (int s = 0; s < spans.size(); s++) {
                CalendarSpan span = spans.get(s);
                if (s > 0) {
                    assertThat(span.from()).isEqualTo(spans.get(s - 1).to());
                }
                Duration working = calendar.workingTimeBetween(span.from(), span.to());
                assertThat(working)
                        .as("%s %s", calendar, span)
                        .isEqualTo(
                                span.kind() == CalendarSpan.Kind.WORKING
                                        ? Duration.between(span.from(), span.to())
                                        : Duration.ZERO);
            }
        }
    }

    @Test
    public void workingTimeIsNeverNegativeNorLongerThanWallTime() {
        for (int i = 0; i < CASES; i++) {
            BusinessCalendar calendar = anyCalendar();
            Instant a = anyInstant();
            Instant b = a.plusSeconds(random.nextInt(60 * 86_400)).plusNanos(random.nextInt(1_000_000_000));

            Duration measured = calendar.workingTimeBetween(a, b);

            assertThat(measured.isNegative()).isFalse();
            assertThat(measured).isLessThanOrEqualTo(Duration.between(a, b));
            assertThat(calendar.workingTimeBetween(b, a)).isZero();
        }
    }

    @Test
    public void workingTimeAgreesWithADayByDayWalk() {
        for (int i = 0; i < CASES; i++) {
            BusinessCalendar calendar = anyCalendar();
            Instant[] sorted = sortedInstants(2, Duration.ofDays(20));

            assertThat(calendar.workingTimeBetween(sorted[0], sorted[1]))
                    .as("%s from %s to %s", calendar, sorted[0], sorted[1])
                    .isEqualTo(walkDayByDay(calendar, sorted[0], sorted[1]));
        }
    }

    @Test
    public void isZeroEntirelyOutsideWorkingHours() {
        for (int i = 0; i < CASES; i++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            BusinessCalendar office = BusinessCalendar.of(
                    CalendarId.of("office"),
                    "Office",
                    zone,
                    WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
                    List.of());
            LocalDate day = LocalDate.ofInstant(anyInstant(), zone);
            Instant from;
            Instant to;
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                // the whole weekend, from Friday's close to Monday's opening
                from = ZonedDateTime.of(day.minusDays(1), LocalTime.of(17, 0), zone)
                        .toInstant();
                to = ZonedDateTime.of(day.plusDays(2), LocalTime.of(9, 0), zone).toInstant();
            } else {
                from = ZonedDateTime.of(day, LocalTime.of(17, 0), zone).toInstant();
                to = ZonedDateTime.of(day.plusDays(1), LocalTime.of(9, 0), zone).toInstant();
            }
            long wiggle = Math.max(1, Duration.between(from, to).toSeconds() / 2);
            Instant a = from.plusSeconds(random.nextLong(wiggle));
            Instant b = to.minusSeconds(random.nextLong(wiggle));

            assertThat(office.workingTimeBetween(a, b))
                    .as("%s %s to %s", zone, a, b)
                    .isZero();
        }
    }

    @Test
    public void addingWorkingTimeIsTheInverseOfMeasuringIt() {
        for (int i = 0; i < CASES; i++) {
            BusinessCalendar calendar = anyCalendar();
            Instant start = anyInstant();
            Duration amount = Duration.ofSeconds(random.nextInt(400 * 3600), random.nextInt(1_000_000_000));

            Instant due = calendar.addWorkingTime(start, amount);

            assertThat(calendar.workingTimeBetween(start, due))
                    .as("%s + %s from %s", calendar, amount, start)
                    .isEqualTo(amount);
            if (!amount.isZero()) {
                // the earliest such instant: a nanosecond sooner, the amount is not yet reached
                assertThat(calendar.workingTimeBetween(start, due.minusNanos(1)))
                        .isLessThan(amount);
            }
        }
    }

    @Test
    public void theDueDateOfTheTimeMeasuredNeverLiesAfterTheEnd() {
        for (int i = 0; i < CASES; i++) {
            BusinessCalendar calendar = anyCalendar();
            Instant[] sorted = sortedInstants(2, Duration.ofDays(60));
            Duration measured = calendar.workingTimeBetween(sorted[0], sorted[1]);

            Instant due = calendar.addWorkingTime(sorted[0], measured);

            assertThat(due).isBeforeOrEqualTo(sorted[1]);
            assertThat(calendar.workingTimeBetween(due, sorted[1])).isZero();
        }
    }

    private BusinessCalendar anyCalendar() {
        return calendars.get(random.nextInt(calendars.size()));
    }

    private Instant anyInstant() {
        return EARLIEST.plusSeconds(random.nextLong(SPAN_SECONDS)).plusNanos(random.nextInt(1_000_000_000));
    }

    private Instant[] sortedInstants(int count, Duration within) {
        Instant first = anyInstant();
        List<Instant> instants = new ArrayList<>();
        instants.add(first);
        for (int i = 1; i < count; i++) {
            instants.add(
                    first.plusSeconds(random.nextLong(within.toSeconds())).plusNanos(random.nextInt(1_000_000_000)));
        }
        instants.sort(null);
        return instants.toArray(new Instant[0]);
    }

    private List<BusinessCalendar> calendars() {
        List<BusinessCalendar> all = new ArrayList<>();
        for (ZoneId zone : ZONES) {
            all.add(BusinessCalendar.of(
                    CalendarId.of("office"),
                    "Office",
                    zone,
                    WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")),
                    holidays()));
            all.add(BusinessCalendar.of(
                    CalendarId.of("split"),
                    "Split shifts",
                    zone,
                    WorkingWeek.mondayToFriday(
                            WorkingInterval.parse("08:30-12:00"),
                            WorkingInterval.parse("12:00-12:15:30"),
                            WorkingInterval.parse("13:00-18:45")),
                    holidays()));
            all.add(BusinessCalendar.of(CalendarId.of("nights"), "Night support", zone, nightsWeek(), holidays()));
            all.add(BusinessCalendar.of(
                    CalendarId.of("all"), "Around the clock", zone, WorkingWeek.allDays(), List.of()));
        }
        return all;
    }

    /**
     * Hours through midnight and through the small hours of Sunday, where clocks change, with intervals that
     * start or end inside a skipped or repeated hour: Berlin's 02:00–03:00, New York's 01:00–02:00, Lord Howe's
     * 01:30–02:00 and São Paulo's former Saturday 23:00–24:00.
     */
    private static WorkingWeek nightsWeek() {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(
                    day,
                    List.of(
                            WorkingInterval.parse("00:00-03:30"),
                            WorkingInterval.parse("22:00-23:30"),
                            WorkingInterval.parse("23:45-24:00")));
        }
        hours.put(
                DayOfWeek.SUNDAY,
                List.of(
                        WorkingInterval.parse("00:10-01:30"),
                        WorkingInterval.parse("01:45-01:50"),
                        WorkingInterval.parse("02:30-04:00")));
        return new WorkingWeek(hours);
    }

    private List<Holiday> holidays() {
        Set<LocalDate> dates = new HashSet<>();
        while (dates.size() < 150) {
            dates.add(LocalDate.of(2014, 12, 1).plusDays(random.nextInt(365 * 13)));
        }
        return dates.stream().map(Holiday::on).toList();
    }

    /** The reference: each local day's intervals turned into instants by the documented rules, then clipped. */
    private static Duration walkDayByDay(BusinessCalendar calendar, Instant from, Instant to) {
        ZoneId zone = calendar.zone();
        Set<LocalDate> holidays = new HashSet<>();
        calendar.holidays().forEach(h -> holidays.add(h.date()));
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
        for (LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (WorkingInterval interval : calendar.week().on(day.getDayOfWeek())) {
                Instant start = firstOccurrence(day.atTime(interval.start()), zone);
                Instant end = interval.end().equals(LocalTime.MIDNIGHT)
                        ? firstOccurrence(day.plusDays(1).atStartOfDay(), zone)
                        : firstOccurrence(day.atTime(interval.end()), zone);
                Instant low = start.isAfter(from) ? start : from;
                Instant high = end.isBefore(to) ? end : to;
                if (high.isAfter(low)) {
                    total = total.plus(Duration.between(low, high));
                }
            }
        }
        return total;
    }

    private static Instant firstOccurrence(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null)
                .withEarlierOffsetAtOverlap()
                .toInstant();
    }
}
