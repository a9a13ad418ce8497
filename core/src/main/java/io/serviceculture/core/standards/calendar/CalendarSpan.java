package io.serviceculture.core.standards.calendar;

import java.time.Instant;

/**
 * A stretch of time as a calendar sees it: working hours, time outside them, or a holiday (with its name, blank
 * when it has none). Explanations show these; the working time in a span is still asked of the calendar itself.
 */
public record CalendarSpan(Instant from, Instant to, Kind kind, String holidayName) {
    public enum Kind {
        WORKING,
        OUTSIDE_WORKING_HOURS,
        HOLIDAY
    }

    public CalendarSpan {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a calendar span must not be empty");
        }
        holidayName = holidayName.strip();
    }
}
