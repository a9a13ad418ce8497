package io.serviceculture.core.standards.calendar;

import io.serviceculture.core.common.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * When work happens: a time zone, the working hours of each weekday in that zone's wall-clock time, and holidays.
 * It answers how much working time lies between two instants, to the nanosecond and across daylight-saving
 * changes, and when a given amount of working time after an instant runs out (a due date).
 *
 * <p>This is a final class rather than a record because it compiles its definition once into arrays (weekly
 * totals, holiday and daylight-saving corrections) so that a span of months costs a few binary searches, not a
 * walk over its days. Equality is that of the definition.
 *
 * <p>Wall-clock rules on daylight-saving days: a working interval ends or starts at the instant its local time
 * first occurs; a local time that does not exist (the hour skipped in spring) is taken as the instant of the
 * change. So 01:00–04:00 is two hours on the spring-forward night and four on the fall-back night, as a person
 * working through it would count.
 *
 * <p>Instants from 1900 to 2199 are supported; others are refused.
 */
public final class BusinessCalendar {
    static final long FIRST_SUPPORTED_SECOND = LocalDate.of(1900, 1, 1).toEpochDay() * 86_400L;
    static final long END_OF_SUPPORT_SECOND = LocalDate.of(2200, 1, 1).toEpochDay() * 86_400L;
    private static final long DAY = WorkingInterval.SECONDS_PER_DAY;
    private static final long NANOS = 1_000_000_000L;
    private static final long MAX_SUPPORTED_DAY = END_OF_SUPPORT_SECOND / DAY + 2;
    private static final Duration MAX_AMOUNT = Duration.ofDays(100 * 366);

    private final CalendarId id;
    private final String name;
    private final ZoneId zone;
    private final WorkingWeek week;
    private final List<Holiday> holidays;

    private final ZoneRules rules;
    /** Interval bounds in seconds of the day, by {@link DayOfWeek#getValue()} minus one. */
    private final int[][] starts = new int[7][];

    private final int[][] ends = new int[7][];
    private final long[] dayTotal = new long[7];
    private final long weekTotal;
    /** Working seconds of the days before position r of a week counted from Thursday (epoch day 0). */
    private final long[] weekPrefix = new long[7];

    private final long[] holidayDays;
    private final long[] holidayPrefix;
    private final long[] transitionSeconds;
    private final int[] offsetsAfter;
    /** Local days touched by a daylight-saving change, where wall-clock time is resolved the slow way. */
    private final long[] dirtyDays;

    private final long[] dirtyPrefix;

    private BusinessCalendar(
            CalendarId id, String name, ZoneId zone, WorkingWeek week, List<Holiday> holidays, ZoneRules rules) {
        this.id = id;
        this.name = name;
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
        this.rules = rules;
        long total = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingInterval> intervals = week.on(day);
            int[] s = new int[intervals.size()];
            int[] e = new int[intervals.size()];
            long dayLength = 0;
            for (int i = 0; i < s.length; i++) {
                s[i] = intervals.get(i).startSecond();
                e[i] = intervals.get(i).endSecond();
                dayLength += e[i] - s[i];
            }
            starts[day.getValue() - 1] = s;
            ends[day.getValue() - 1] = e;
            dayTotal[day.getValue() - 1] = dayLength;
            total += dayLength;
        }
        weekTotal = total;
        for (int r = 1; r < 7; r++) {
            weekPrefix[r] = weekPrefix[r - 1] + dayTotal[dayOfWeek(r - 1)];
        }

        holidayDays = new long[holidays.size()];
        holidayPrefix = new long[holidays.size() + 1];
        for (int i = 0; i < holidayDays.length; i++) {
            holidayDays[i] = holidays.get(i).date().toEpochDay();
            holidayPrefix[i + 1] = holidayPrefix[i] + dayTotal[dayOfWeek(holidayDays[i])];
        }

        List<Long> transitions = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        TreeSet<Long> dirty = new TreeSet<>();
        Instant cursor = Instant.ofEpochSecond(FIRST_SUPPORTED_SECOND - 2 * DAY);
        offsets.add(rules.getOffset(cursor).getTotalSeconds());
        if (!rules.isFixedOffset()) {
            for (ZoneOffsetTransition t = rules.nextTransition(cursor);
                    t != null && t.toEpochSecond() < END_OF_SUPPORT_SECOND + 2 * DAY;
                    t = rules.nextTransition(t.getInstant())) {
                transitions.add(t.toEpochSecond());
                offsets.add(t.getOffsetAfter().getTotalSeconds());
                long before = t.getOffsetBefore().getTotalSeconds();
                long after = t.getOffsetAfter().getTotalSeconds();
                long first = Math.floorDiv(t.toEpochSecond() + Math.min(before, after), DAY);
                long last = Math.floorDiv(t.toEpochSecond() + Math.max(before, after), DAY);
                for (long d = first; d <= last; d++) {
                    dirty.add(d);
                }
            }
        }
        transitionSeconds = transitions.stream().mapToLong(Long::longValue).toArray();
        offsetsAfter = offsets.stream().mapToInt(Integer::intValue).toArray();
        dirtyDays = dirty.stream().mapToLong(Long::longValue).toArray();
        dirtyPrefix = new long[dirtyDays.length + 1];
        for (int i = 0; i < dirtyDays.length; i++) {
            long d = dirtyDays[i];
            long correction = isHoliday(d) ? 0 : actualDaySeconds(d) - dayTotal[dayOfWeek(d)];
            dirtyPrefix[i + 1] = dirtyPrefix[i] + correction;
        }
    }

    /**
     * A calendar from its definition. Holidays are sorted; the same date twice is refused, as is a blank name.
     *
     * @throws InvalidInputException with a calendar error key
     */
    public static BusinessCalendar of(
            CalendarId id, String name, ZoneId zone, WorkingWeek week, List<Holiday> holidays) {
        if (name.isBlank()) {
            throw InvalidInputException.onField("name", "service-culture.standards.calendar.error.name.blank");
        }
        List<Holiday> sorted = new ArrayList<>(holidays);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw InvalidInputException.onField(
                        "holidays",
                        "service-culture.standards.calendar.error.holiday.duplicate",
                        sorted.get(i).date());
            }
        }
        for (Holiday holiday : sorted) {
            long second = holiday.date().toEpochDay() * DAY;
            if (second < FIRST_SUPPORTED_SECOND || second >= END_OF_SUPPORT_SECOND) {
                throw InvalidInputException.onField(
                        "holidays", "service-culture.standards.calendar.error.out-of-range", holiday.date());
            }
        }
        return new BusinessCalendar(id, name.strip(), zone, week, List.copyOf(sorted), zone.getRules());
    }

    /** Around the clock, every day, no holidays: elapsed time is plain wall time. */
    public static BusinessCalendar twentyFourSeven(CalendarId id) {
        return of(id, "24x7", ZoneOffset.UTC, WorkingWeek.allDays(), List.of());
    }

    /** The same calendar with other holidays, as after an import. */
    public BusinessCalendar withHolidays(List<Holiday> newHolidays) {
        return of(id, name, zone, week, newHolidays);
    }

    public CalendarId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingWeek week() {
        return week;
    }

    /** Sorted by date. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /**
     * The working time in {@code [from, to)}; zero when {@code to} is not after {@code from}.
     *
     * @throws InvalidInputException when an instant lies outside 1900–2199
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        long fromNanos = cumulativeNanos(checked(from.getEpochSecond(), from), from.getNano());
        long toNanos = cumulativeNanos(checked(to.getEpochSecond(), to), to.getNano());
        return Duration.ofNanos(toNanos - fromNanos);
    }

    /**
     * {@code [from, to)} cut where working hours begin or end and where holidays begin or end, oldest first, with
     * adjacent spans of the same kind (and holiday) joined: what a person reading an explained clock sees. It walks
     * day by day, so it is for explaining one issue, not for counting many.
     *
     * @throws InvalidInputException when an instant lies outside 1900–2199
     */
    public List<CalendarSpan> spansBetween(Instant from, Instant to) {
        List<CalendarSpan> spans = new ArrayList<>();
        if (!from.isBefore(to)) {
            return spans;
        }
        checked(from.getEpochSecond(), from);
        checked(to.getEpochSecond(), to);
        long lastDay = dayOf(to.minusNanos(1).getEpochSecond());
        for (long day = dayOf(from.getEpochSecond()); day <= lastDay; day++) {
            Instant dayStart = Instant.ofEpochSecond(startOfDay(day));
            Instant dayEnd = Instant.ofEpochSecond(startOfDay(day + 1));
            int holiday = lowerBound(holidayDays, day);
            if (holiday < holidayDays.length && holidayDays[holiday] == day) {
                add(
                        spans,
                        from,
                        to,
                        dayStart,
                        dayEnd,
                        CalendarSpan.Kind.HOLIDAY,
                        holidays.get(holiday).name());
                continue;
            }
            int weekday = dayOfWeek(day);
            Instant cursor = dayStart;
            for (int i = 0; i < starts[weekday].length; i++) {
                Instant start = Instant.ofEpochSecond(wallClock(day, starts[weekday][i]));
                Instant end = Instant.ofEpochSecond(wallClock(day, ends[weekday][i]));
                add(spans, from, to, cursor, start, CalendarSpan.Kind.OUTSIDE_WORKING_HOURS, "");
                add(spans, from, to, start, end, CalendarSpan.Kind.WORKING, "");
                if (end.isAfter(cursor)) {
                    cursor = end;
                }
            }
            add(spans, from, to, cursor, dayEnd, CalendarSpan.Kind.OUTSIDE_WORKING_HOURS, "");
        }
        return spans;
    }

    /** Adds {@code [start, end)} clipped to {@code [from, to)}, joined to the last span when it continues it. */
    private static void add(
            List<CalendarSpan> spans,
            Instant from,
            Instant to,
            Instant start,
            Instant end,
            CalendarSpan.Kind kind,
            String holidayName) {
        Instant clippedStart = start.isBefore(from) ? from : start;
        Instant clippedEnd = end.isAfter(to) ? to : end;
        if (!clippedEnd.isAfter(clippedStart)) {
            return;
        }
        if (!spans.isEmpty()) {
            CalendarSpan last = spans.get(spans.size() - 1);
            if (last.kind() == kind
                    && last.holidayName().equals(holidayName.strip())
                    && last.to().equals(clippedStart)) {
                spans.set(spans.size() - 1, new CalendarSpan(last.from(), clippedEnd, kind, holidayName));
                return;
            }
        }
        spans.add(new CalendarSpan(clippedStart, clippedEnd, kind, holidayName));
    }

    /**
     * The earliest instant by which {@code amount} of working time has passed since {@code start}: a due date.
     * Working time that runs out at the end of an interval is due at that end, not at the next opening.
     *
     * @throws InvalidInputException when the amount is negative or the result would lie beyond 2199
     */
    public Instant addWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw InvalidInputException.onField(
                    "amount", "service-culture.standards.calendar.error.negative-duration", amount);
        }
        if (amount.isZero()) {
            return start;
        }
        long startSecond = checked(start.getEpochSecond(), start);
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException("service-culture.standards.calendar.error.out-of-range", amount);
        }
        long target = cumulativeNanos(startSecond, start.getNano()) + amount.toNanos();

        long low = dayOf(startSecond);
        long high = low;
        long step = 1;
        while (daysBefore(high + 1) * NANOS < target) {
            low = high + 1;
            high = high + step;
            step *= 2;
            if (high > MAX_SUPPORTED_DAY) {
                throw new InvalidInputException("service-culture.standards.calendar.error.out-of-range", amount);
            }
        }
        while (low < high) {
            long middle = low + (high - low) / 2;
            if (daysBefore(middle + 1) * NANOS >= target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return locateInDay(low, target - daysBefore(low) * NANOS);
    }

    /**
     * Working time from an arbitrary origin to the instant, in nanoseconds; only differences matter. Within
     * 1900–2199 it stays far inside a {@code long}, as working time never outruns wall time since 1970.
     */
    private long cumulativeNanos(long epochSecond, int nano) {
        int offset = offsetAt(epochSecond);
        long day = Math.floorDiv(epochSecond + offset, DAY);
        int dirtyIndex = lowerBound(dirtyDays, day);
        if (dirtyIndex < dirtyDays.length && dirtyDays[dirtyIndex] == day) {
            long actualDay = dayOf(epochSecond);
            return daysBefore(actualDay) * NANOS + intoDay(actualDay, epochSecond, nano);
        }
        int holidayIndex = lowerBound(holidayDays, day);
        long before = nominalBefore(day) - holidayPrefix[holidayIndex] + dirtyPrefix[dirtyIndex];
        if (holidayIndex < holidayDays.length && holidayDays[holidayIndex] == day) {
            return before * NANOS;
        }
        return before * NANOS + intoCleanDay(day, (epochSecond + offset - day * DAY) * NANOS + nano);
    }

    private static long checked(long second, Instant instant) {
        if (second < FIRST_SUPPORTED_SECOND || second >= END_OF_SUPPORT_SECOND) {
            throw new InvalidInputException("service-culture.standards.calendar.error.out-of-range", instant);
        }
        return second;
    }

    /** {@link DayOfWeek#getValue()} minus one of an epoch day; epoch day 0 was a Thursday. */
    private static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    /** Working seconds of all days before {@code day}, from an arbitrary origin: only differences matter. */
    private long daysBefore(long day) {
        return nominalBefore(day)
                - holidayPrefix[lowerBound(holidayDays, day)]
                + dirtyPrefix[lowerBound(dirtyDays, day)];
    }

    /** The same by the weekly hours alone, before holidays and daylight-saving corrections. */
    private long nominalBefore(long day) {
        return Math.floorDiv(day, 7L) * weekTotal + weekPrefix[(int) Math.floorMod(day, 7L)];
    }

    private boolean isHoliday(long day) {
        return isIn(holidayDays, day);
    }

    private static boolean isIn(long[] sorted, long value) {
        int i = lowerBound(sorted, value);
        return i < sorted.length && sorted[i] == value;
    }

    private static int lowerBound(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int offsetAt(long epochSecond) {
        int low = 0;
        int high = transitionSeconds.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (transitionSeconds[middle] <= epochSecond) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return offsetsAfter[low];
    }

    /** The day whose span [start of day, start of next day) holds the instant. */
    private long dayOf(long epochSecond) {
        long day = Math.floorDiv(epochSecond + offsetAt(epochSecond), DAY);
        if (!isIn(dirtyDays, day)) {
            return day;
        }
        if (epochSecond < startOfDay(day)) {
            return day - 1;
        }
        if (epochSecond >= startOfDay(day + 1)) {
            return day + 1;
        }
        return day;
    }

    /** Working time from the start of {@code day} to the instant, in nanoseconds. */
    private long intoDay(long day, long epochSecond, int nano) {
        if (isHoliday(day)) {
            return 0;
        }
        int weekday = dayOfWeek(day);
        int[] s = starts[weekday];
        int[] e = ends[weekday];
        if (!isIn(dirtyDays, day)) {
            return intoCleanDay(day, (epochSecond + offsetAt(epochSecond) - day * DAY) * NANOS + nano);
        }
        long total = 0;
        long dayStart = startOfDay(day);
        long position = (epochSecond - dayStart) * NANOS + nano;
        for (int i = 0; i < s.length; i++) {
            long start = (wallClock(day, s[i]) - dayStart) * NANOS;
            long end = (wallClock(day, e[i]) - dayStart) * NANOS;
            total += Math.max(0, Math.min(position, end) - start);
        }
        return total;
    }

    /** Working time of a day without holiday or clock change up to a wall-clock position in nanoseconds. */
    private long intoCleanDay(long day, long position) {
        int weekday = dayOfWeek(day);
        int[] s = starts[weekday];
        int[] e = ends[weekday];
        long total = 0;
        for (int i = 0; i < s.length; i++) {
            long start = s[i] * NANOS;
            if (position <= start) {
                break;
            }
            total += Math.min(position, e[i] * NANOS) - start;
        }
        return total;
    }

    private Instant locateInDay(long day, long nanos) {
        int weekday = dayOfWeek(day);
        int[] s = starts[weekday];
        int[] e = ends[weekday];
        boolean dirty = isIn(dirtyDays, day);
        int offset = dirty ? 0 : cleanOffset(day);
        long remaining = nanos;
        for (int i = 0; i < s.length; i++) {
            long start = dirty ? wallClock(day, s[i]) : day * DAY + s[i] - offset;
            long end = dirty ? wallClock(day, e[i]) : day * DAY + e[i] - offset;
            long length = Math.max(0, end - start) * NANOS;
            if (remaining <= length) {
                return Instant.ofEpochSecond(start, remaining);
            }
            remaining -= length;
        }
        throw new IllegalStateException("working time of day " + day + " is shorter than its total");
    }

    /** The offset in force all through a day untouched by daylight-saving changes. */
    private int cleanOffset(long day) {
        long localNoon = day * DAY + DAY / 2;
        int guess = offsetAt(localNoon);
        return offsetAt(localNoon - guess);
    }

    private long startOfDay(long day) {
        return isIn(dirtyDays, day) ? wallClock(day, 0) : day * DAY - cleanOffset(day);
    }

    private long actualDaySeconds(long day) {
        int weekday = dayOfWeek(day);
        long total = 0;
        for (int i = 0; i < starts[weekday].length; i++) {
            total += Math.max(0, wallClock(day, ends[weekday][i]) - wallClock(day, starts[weekday][i]));
        }
        return total;
    }

    /**
     * The instant a wall-clock time of a day first occurs; a time skipped by a change maps to the change itself.
     */
    private long wallClock(long day, int secondOfDay) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(day * DAY + secondOfDay, 0, ZoneOffset.UTC);
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition == null) {
            return local.toEpochSecond(rules.getOffset(local));
        }
        if (transition.isGap()) {
            return transition.toEpochSecond();
        }
        return local.toEpochSecond(transition.getOffsetBefore());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar that
                && id.equals(that.id)
                && name.equals(that.name)
                && zone.equals(that.zone)
                && week.equals(that.week)
                && holidays.equals(that.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, zone, week, holidays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + id + ", " + name + ", " + zone + ", " + week.hours() + ", " + holidays.size()
                + " holidays]";
    }
}
