package io.serviceculture.core.standards;

import io.serviceculture.core.standards.calendar.HolidayCsvParser;
import io.serviceculture.core.standards.calendar.HolidayImport;
import io.serviceculture.core.standards.calendar.IcsHolidayParser;

/** The file formats holidays are imported from. */
public enum HolidayFormat {
    CSV,
    ICS;

    public HolidayImport parse(String text) {
        return this == CSV ? HolidayCsvParser.parse(text) : IcsHolidayParser.parse(text);
    }
}
