package io.serviceculture.core.standards.calendar;

import io.serviceculture.core.common.InvalidInputException;

/** Names a business calendar, so that metrics refer to one without copying it. */
public record CalendarId(String value) implements Comparable<CalendarId> {
    /** Ids are stored in 255-character columns and shown in URLs; a short cap keeps both comfortable. */
    public static final int MAX_LENGTH = 100;

    public CalendarId {
        if (value.isBlank()) {
            throw InvalidInputException.onField("calendar", "service-culture.standards.calendar.error.id.blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidInputException.onField(
                    "calendar", "service-culture.standards.calendar.error.id.too-long", MAX_LENGTH);
        }
    }

    public static CalendarId of(String value) {
        return new CalendarId(value);
    }

    @Override
    public int compareTo(CalendarId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
