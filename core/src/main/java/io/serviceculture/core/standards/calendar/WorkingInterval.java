package io.serviceculture.core.standards.calendar;

import io.serviceculture.core.common.InvalidInputException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Working hours within one day, in the calendar's wall-clock time, from {@code start} (inclusive) to {@code end}
 * (exclusive). An {@code end} of {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so that a day can
 * be worked around the clock. Whole seconds only: clocks count to the second.
 */
public record WorkingInterval(LocalTime start, LocalTime end) {
    static final int SECONDS_PER_DAY = 86_400;

    public WorkingInterval {
        if (!start.withNano(0).equals(start) || !end.withNano(0).equals(end)) {
            throw InvalidInputException.onField(
                    "hours", "service-culture.standards.calendar.error.interval.whole-seconds", start, end);
        }
        if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            throw InvalidInputException.onField(
                    "hours", "service-culture.standards.calendar.error.interval.empty", start, end);
        }
    }

    public static WorkingInterval of(LocalTime start, LocalTime end) {
        return new WorkingInterval(start, end);
    }

    /** Reads {@code HH:mm-HH:mm} (seconds optional); {@code 24:00} is accepted as the end of the day. */
    public static WorkingInterval parse(String text) {
        String[] parts = text.strip().split("-", -1);
        if (parts.length != 2) {
            throw InvalidInputException.onField(
                    "hours", "service-culture.standards.calendar.error.interval.format", text);
        }
        try {
            LocalTime start = LocalTime.parse(parts[0].strip());
            String endText = parts[1].strip();
            LocalTime end = endText.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(endText);
            return new WorkingInterval(start, end);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.onField(
                    "hours", "service-culture.standards.calendar.error.interval.format", text);
        }
    }

    /** The whole day, 00:00–24:00. */
    public static WorkingInterval wholeDay() {
        return new WorkingInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    public int startSecond() {
        return start.toSecondOfDay();
    }

    /** The end as seconds since midnight, 86 400 for the end of the day. */
    public int endSecond() {
        return end.equals(LocalTime.MIDNIGHT) ? SECONDS_PER_DAY : end.toSecondOfDay();
    }

    public int lengthSeconds() {
        return endSecond() - startSecond();
    }

    @Override
    public String toString() {
        return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
