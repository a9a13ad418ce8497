package io.serviceculture.core.standards.calendar;

import io.serviceculture.core.common.InvalidInputException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The working hours of each weekday: zero or more intervals per day, sorted and never overlapping (touching is
 * fine), and at least one working interval in the week, or no due date could ever be reached.
 */
public record WorkingWeek(Map<DayOfWeek, List<WorkingInterval>> hours) {

    public WorkingWeek {
        EnumMap<DayOfWeek, List<WorkingInterval>> copy = new EnumMap<>(DayOfWeek.class);
        boolean anyHours = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingInterval> intervals = new ArrayList<>(hours.getOrDefault(day, List.of()));
            intervals.sort(Comparator.comparingInt(WorkingInterval::startSecond));
            for (int i = 1; i < intervals.size(); i++) {
                WorkingInterval previous = intervals.get(i - 1);
                WorkingInterval next = intervals.get(i);
                if (next.startSecond() < previous.endSecond()) {
                    throw InvalidInputException.onField(
                            "hours", "service-culture.standards.calendar.error.interval.overlap", day, previous, next);
                }
            }
            anyHours |= !intervals.isEmpty();
            copy.put(day, List.copyOf(intervals));
        }
        if (!anyHours) {
            throw InvalidInputException.onField("hours", "service-culture.standards.calendar.error.week.empty");
        }
        hours = Collections.unmodifiableMap(copy);
    }

    /** The same intervals on each of the given days, no hours on the others. */
    public static WorkingWeek of(List<DayOfWeek> days, WorkingInterval... intervals) {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            hours.put(day, List.of(intervals));
        }
        return new WorkingWeek(hours);
    }

    /** Monday to Friday with the given intervals each day. */
    public static WorkingWeek mondayToFriday(WorkingInterval... intervals) {
        return of(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                intervals);
    }

    /** Every day, all day. */
    public static WorkingWeek allDays() {
        return of(List.of(DayOfWeek.values()), WorkingInterval.wholeDay());
    }

    public List<WorkingInterval> on(DayOfWeek day) {
        return hours.get(day);
    }
}
