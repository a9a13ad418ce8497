package io.serviceculture.core.standards.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.Test;

public class IcsHolidayParserTest {

    @Test
    public void readsAllDayEventsAndTheirSummaries() {
        HolidayImport result = IcsHolidayParser.parse(String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Example//Holidays//EN",
                "BEGIN:VEVENT",
                "UID:1@example",
                "DTSTART;VALUE=DATE:20261225",
                "SUMMARY:Christmas Day",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20270101",
                "DTEND;VALUE=DATE:20270102",
                "SUMMARY:New Year\\, the first",
                "END:VEVENT",
                "END:VCALENDAR",
                ""));

        assertThat(result.isClean()).isTrue();
        assertThat(result.holidays())
                .extracting(Holiday::date, Holiday::name)
                .containsExactly(
                        tuple(LocalDate.of(2026, 12, 25), "Christmas Day"),
                        tuple(LocalDate.of(2027, 1, 1), "New Year, the first"));
    }

    @Test
    public void spreadsAMultiDayEventOverEachDayBeforeItsExclusiveEnd() {
        HolidayImport result = IcsHolidayParser.parse(String.join(
                "\n",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20261224",
                "DTEND;VALUE=DATE:20261227",
                "SUMMARY:Christmas closure",
                "END:VEVENT"));

        assertThat(result.holidays())
                .extracting(Holiday::date)
                .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    }

    @Test
    public void unfoldsLongLines() {
        HolidayImport result = IcsHolidayParser.parse(String.join(
                "\r\n",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20261003",
                "SUMMARY:Day of German",
                "  Unity",
                "END:VEVENT"));

        assertThat(result.holidays()).extracting(Holiday::name).containsExactly("Day of German Unity");
    }

    @Test
    public void keepsTheFirstNameWhenTwoEventsFallOnOneDay() {
        HolidayImport result = IcsHolidayParser.parse(String.join(
                "\n",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20261225",
                "SUMMARY:Christmas Day",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20261225",
                "SUMMARY:Bank holiday",
                "END:VEVENT"));

        assertThat(result.holidays()).extracting(Holiday::name).containsExactly("Christmas Day");
    }

    @Test
    public void reportsTimedRecurringBrokenAndUnterminatedEventsByLine() {
        HolidayImport result = IcsHolidayParser.parse(String.join(
                "\n",
                "BEGIN:VEVENT", // 1
                "DTSTART:20261225T090000Z", // 2
                "END:VEVENT",
                "BEGIN:VEVENT", // 4
                "DTSTART;VALUE=DATE:20260101",
                "RRULE:FREQ=YEARLY", // 6
                "END:VEVENT",
                "BEGIN:VEVENT", // 8
                "SUMMARY:No date",
                "END:VEVENT",
                "BEGIN:VEVENT", // 11
                "DTSTART;VALUE=DATE:20261232", // 12
                "END:VEVENT",
                "BEGIN:VEVENT", // 14
                "DTSTART;VALUE=DATE:20261227",
                "DTEND;VALUE=DATE:20261224", // 16
                "END:VEVENT",
                "BEGIN:VEVENT", // 18
                "DTSTART;VALUE=DATE:20261231"));

        assertThat(result.holidays()).isEmpty();
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(
                        tuple(2, "service-culture.standards.calendar.import.error.ics.not-all-day"),
                        tuple(6, "service-culture.standards.calendar.import.error.ics.recurrence"),
                        tuple(8, "service-culture.standards.calendar.import.error.ics.no-start"),
                        tuple(12, "service-culture.standards.calendar.import.error.date"),
                        tuple(16, "service-culture.standards.calendar.import.error.ics.end-before-start"),
                        tuple(18, "service-culture.standards.calendar.import.error.ics.unterminated"));
    }

    @Test
    public void aCalendarWithoutEventsIsAProblem() {
        assertThat(IcsHolidayParser.parse("BEGIN:VCALENDAR\nEND:VCALENDAR\n").problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("service-culture.standards.calendar.import.error.empty");
    }
}
