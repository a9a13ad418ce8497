package io.serviceculture.core.standards;

import io.serviceculture.core.standards.calendar.BusinessCalendar;
import java.util.List;

/** Business calendars as admins define them; saving a calendar with a known id replaces its definition. */
public interface CalendarStorePort extends LoadCalendarsPort {
    /** Every calendar, by id. */
    List<BusinessCalendar> allCalendars();

    void saveCalendar(BusinessCalendar calendar);
}
