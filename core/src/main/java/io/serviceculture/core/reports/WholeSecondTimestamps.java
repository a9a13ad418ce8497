package io.serviceculture.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;

/**
 * Prints instants as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} prints them truncated to the second, in one
 * zone ({@code 2026-11-23T18:20:05+01:00}, {@code …Z} in UTC), for a report's million rows: rows come in time order,
 * so the date and the offset are formatted once per day and offset, and only the time of day per row. Not for
 * sharing between threads.
 */
final class WholeSecondTimestamps {
    private static final int SECONDS_PER_DAY = 86_400;

    private final ZoneRules rules;
    private long day = Long.MIN_VALUE;
    private int offsetSeconds = Integer.MIN_VALUE;
    private String datePrefix = "";
    private String offsetSuffix = "";

    WholeSecondTimestamps(ZoneId zone) {
        this.rules = zone.getRules();
    }

    String format(Instant instant) {
        ZoneOffset offset = rules.getOffset(instant);
        long local = instant.getEpochSecond() + offset.getTotalSeconds();
        long localDay = Math.floorDiv(local, SECONDS_PER_DAY);
        int secondOfDay = Math.floorMod(local, SECONDS_PER_DAY);
        if (localDay != day || offset.getTotalSeconds() != offsetSeconds) {
            day = localDay;
            offsetSeconds = offset.getTotalSeconds();
            datePrefix = DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.ofEpochDay(localDay)) + "T";
            offsetSuffix = offset.getId();
        }
        StringBuilder out = new StringBuilder(datePrefix.length() + 8 + offsetSuffix.length());
        out.append(datePrefix);
        twoDigits(out, secondOfDay / 3600);
        out.append(':');
        twoDigits(out, secondOfDay / 60 % 60);
        out.append(':');
        twoDigits(out, secondOfDay % 60);
        return out.append(offsetSuffix).toString();
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
