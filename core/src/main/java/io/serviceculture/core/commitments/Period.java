package io.serviceculture.core.commitments;

import io.serviceculture.core.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The days a commitment runs, from {@code start} up to but not including {@code end}. Days are counted in UTC, so
 * that a period means the same instants on every node and for every viewer, whatever their time zone.
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end) {
    /** A custom period is at most two years: longer goals belong in several commitments. */
    public static final int MAX_CUSTOM_DAYS = 731;

    public Period {
        if (!end.isAfter(start)) {
            throw InvalidInputException.onField("period", "service-culture.commitments.error.period.order");
        }
        if (kind == PeriodKind.CUSTOM && ChronoUnit.DAYS.between(start, end) > MAX_CUSTOM_DAYS) {
            throw InvalidInputException.onField(
                    "period", "service-culture.commitments.error.period.long", MAX_CUSTOM_DAYS);
        }
        if (kind != PeriodKind.CUSTOM) {
            LocalDate[] bounds = bounds(kind, start);
            if (!bounds[0].equals(start) || !bounds[1].equals(end)) {
                throw InvalidInputException.onField("period", "service-culture.commitments.error.period.calendar");
            }
        }
    }

    /** The quarter, half or year that holds the day; a custom period needs its own start and end. */
    public static Period containing(PeriodKind kind, LocalDate day) {
        LocalDate[] bounds = bounds(kind, day);
        return new Period(kind, bounds[0], bounds[1]);
    }

    private static LocalDate[] bounds(PeriodKind kind, LocalDate day) {
        int months;
        switch (kind) {
            case QUARTER -> months = 3;
            case HALF -> months = 6;
            case YEAR -> months = 12;
            default -> throw InvalidInputException.onField(
                    "period", "service-culture.commitments.error.period.custom-dates");
        }
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return new LocalDate[] {start, start.plusMonths(months)};
    }

    public static Period custom(LocalDate start, LocalDate end) {
        return new Period(PeriodKind.CUSTOM, start, end);
    }

    /** The period of the same kind just before this one; a custom period keeps its length. */
    public Period previous() {
        if (kind == PeriodKind.CUSTOM) {
            long days = ChronoUnit.DAYS.between(start, end);
            return custom(start.minusDays(days), start);
        }
        return containing(kind, start.minusDays(1));
    }

    public Instant from() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant to() {
        return end.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from()) && instant.isBefore(to());
    }

    /** How much of the period has passed at {@code now}, from 0 before it starts to 1 once it ended. */
    public double elapsed(Instant now) {
        if (!now.isAfter(from())) {
            return 0;
        }
        if (!now.isBefore(to())) {
            return 1;
        }
        return (double) Duration.between(from(), now).toMillis()
                / Duration.between(from(), to()).toMillis();
    }

    /** A short name: {@code 2026-Q4}, {@code 2026-H2}, {@code 2026}, or {@code 2026-11-01/2026-12-15}. */
    public String label() {
        return switch (kind) {
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF -> start.getYear() + "-H" + ((start.getMonthValue() - 1) / 6 + 1);
            case YEAR -> String.valueOf(start.getYear());
            case CUSTOM -> start + "/" + end.minusDays(1);
        };
    }
}
