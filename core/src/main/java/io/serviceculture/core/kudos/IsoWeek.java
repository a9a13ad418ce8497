package io.serviceculture.core.kudos;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * An ISO-8601 week such as {@code 2026-W01}. The allowance is counted per ISO week in the giver's own time
 * zone, so that "this week" means the same to the giver as to the rule.
 */
public record IsoWeek(int weekBasedYear, int week) implements Comparable<IsoWeek> {
    public IsoWeek {
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("ISO weeks are 1..53");
        }
    }

    public static IsoWeek of(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone).toLocalDate());
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The first instant of this week (Monday 00:00) in the given zone. */
    public Instant start(ZoneId zone) {
        LocalDate monday = LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
        return ZonedDateTime.of(monday.atStartOfDay(), zone).toInstant();
    }

    /** The first instant of the next week in the given zone, exclusive end of this one. */
    public Instant end(ZoneId zone) {
        return start(zone).atZone(zone).plusWeeks(1).toInstant();
    }

    @Override
    public int compareTo(IsoWeek other) {
        return weekBasedYear != other.weekBasedYear
                ? Integer.compare(weekBasedYear, other.weekBasedYear)
                : Integer.compare(week, other.week);
    }

    /** {@code 2026-W01}; built by hand, since every give formats its week and String.format is slow. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(8);
        String year = Integer.toString(weekBasedYear);
        text.append("0".repeat(Math.max(0, 4 - year.length()))).append(year).append("-W");
        if (week < 10) {
            text.append('0');
        }
        return text.append(week).toString();
    }
}
