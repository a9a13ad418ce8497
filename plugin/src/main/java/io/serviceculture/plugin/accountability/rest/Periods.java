package io.serviceculture.plugin.accountability.rest;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.PeriodJson;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A period asked for as days, {@code from} and {@code to} both included, in the viewer's time zone. Without
 * them: the last twelve months up to today.
 */
public record Periods(LocalDate from, LocalDate to, ZoneId zone) {
    /** Longer periods are refused: they would read every contribution there is on each call. */
    public static final int MAX_DAYS = 5 * 366;

    public static Periods parse(@Nullable String from, @Nullable String to, ZoneId zone, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate end = day("to", to, today);
        LocalDate start = day("from", from, end.minusMonths(12).plusDays(1));
        if (start.isAfter(end)) {
            throw InvalidInputException.onField("from", "service-culture.accountability.error.period.order");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw InvalidInputException.onField("from", "service-culture.accountability.error.period.length", MAX_DAYS);
        }
        return new Periods(start, end, zone);
    }

    private static LocalDate day(String field, @Nullable String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.onField(field, "service-culture.accountability.error.period.day", field);
        }
    }

    public Interval interval() {
        return new Interval(
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public PeriodJson json() {
        return new PeriodJson(from.toString(), to.toString(), zone.getId());
    }
}
