package io.serviceculture.core.standards;

import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import java.util.Optional;

/** Finds business calendars by id; metrics name their calendar rather than embed it, so many share one. */
@FunctionalInterface
public interface LoadCalendarsPort {
    Optional<BusinessCalendar> findCalendar(CalendarId id);
}
