package io.serviceculture.core.standards.calendar;

import java.time.LocalDate;

/** A day on which no working time counts, whatever the working hours say; the name is optional (blank). */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {
    public Holiday {
        name = name.strip();
    }

    public static Holiday on(LocalDate date) {
        return new Holiday(date, "");
    }

    public static Holiday on(String isoDate, String name) {
        return new Holiday(LocalDate.parse(isoDate), name);
    }

    @Override
    public int compareTo(Holiday other) {
        return date.compareTo(other.date);
    }
}
