package io.serviceculture.core.standards.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class BusinessCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final BusinessCalendar OFFICE =
            calendar(ZoneOffset.UTC, WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")), List.of());

    @Test
    public void countsOnlyTheWorkingHoursOfADay() {
        // Monday 2026-11-23: work starts at 09:00, so 08:00–10:30 holds 1h30m of it
        assertThat(OFFICE.workingTimeBetween(at("2026-11-23T08:00:00Z"), at("2026-11-23T10:30:00Z")))
                .isEqualTo(Duration.ofHours(1).plusMinutes(30));
    }

    @Test
    public void countsNothingOverAWeekend() {
        assertThat(OFFICE.workingTimeBetween(at("2026-11-28T10:00:00Z"), at("2026-11-29T20:00:00Z")))
                .isZero();
    }

    @Test
    public void countsNothingOvernight() {
        assertThat(OFFICE.workingTimeBetween(at("2026-11-23T17:00:00Z"), at("2026-11-24T09:00:00Z")))
                .isZero();
    }

    @Test
    public void countsFridayAfternoonAndMondayMorningAcrossAWeekend() {
        // Friday 16:00–17:00 and Monday 09:00–10:00
        assertThat(OFFICE.workingTimeBetween(at("2026-11-27T16:00:00Z"), at("2026-11-30T10:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    public void isZeroWhenTheEndIsNotAfterTheStart() {
        assertThat(OFFICE.workingTimeBetween(at("2026-11-23T12:00:00Z"), at("2026-11-23T10:00:00Z")))
                .isZero();
        assertThat(OFFICE.workingTimeBetween(at("2026-11-23T12:00:00Z"), at("2026-11-23T12:00:00Z")))
                .isZero();
    }

    @Test
    public void skipsTheGapBetweenTwoIntervalsOfADay() {
        BusinessCalendar splitDay = calendar(
                ZoneOffset.UTC,
                WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-12:00"), WorkingInterval.parse("13:00-17:00")),
                List.of());

        // 11:00–12:00 and 13:00–14:00; the lunch hour does not count
        assertThat(splitDay.workingTimeBetween(at("2026-11-23T11:00:00Z"), at("2026-11-23T14:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    public void skipsHolidays() {
        BusinessCalendar withChristmas = OFFICE.withHolidays(List.of(Holiday.on("2026-12-25", "Christmas Day")));

        // Thursday 24th 16:00–17:00, Friday 25th a holiday, Monday 28th 09:00–10:00
        assertThat(withChristmas.workingTimeBetween(at("2026-12-24T16:00:00Z"), at("2026-12-28T10:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    public void countsToTheNanosecond() {
        assertThat(OFFICE.workingTimeBetween(at("2026-11-23T09:00:00.000000001Z"), at("2026-11-23T09:00:01Z")))
                .isEqualTo(Duration.ofNanos(999_999_999));
    }

    @Test
    public void countsHalfAYearWithHolidaysByWholeWeeks() {
        // 2026-01-01 (Thu) to 2026-06-30 (Tue) is 181 days = 25 weeks (125 weekdays) + Thu, Fri, Sat, Sun, Mon, Tue
        // (4 weekdays): 129 weekdays of 8h = 1032h. New Year (Thu), Good Friday (3 Apr), Easter Monday (6 Apr) and
        // 1 May (Fri) fall on weekdays: 125 days = 1000h. A Saturday holiday (2 May) changes nothing.
        BusinessCalendar withHolidays = OFFICE.withHolidays(List.of(
                Holiday.on("2026-01-01", "New Year"),
                Holiday.on("2026-04-03", "Good Friday"),
                Holiday.on("2026-04-06", "Easter Monday"),
                Holiday.on("2026-05-01", "Labour Day"),
                Holiday.on("2026-05-02", "A Saturday")));

        assertThat(OFFICE.workingTimeBetween(at("2026-01-01T00:00:00Z"), at("2026-07-01T00:00:00Z")))
                .isEqualTo(Duration.ofHours(8).multipliedBy(129));
        assertThat(withHolidays.workingTimeBetween(at("2026-01-01T00:00:00Z"), at("2026-07-01T00:00:00Z")))
                .isEqualTo(Duration.ofHours(8).multipliedBy(125));
    }

    @Test
    public void countsTwoHoursForANightShiftAcrossTheSpringForwardInBerlin() {
        // Sunday 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST. 01:00 CET is 00:00Z, 04:00 CEST is 02:00Z.
        BusinessCalendar nightShift = calendar(BERLIN, sundays(WorkingInterval.parse("01:00-04:00")), List.of());

        assertThat(nightShift.workingTimeBetween(at("2026-03-28T12:00:00Z"), at("2026-03-30T12:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
        // within the shift: 00:30Z (01:30 CET) to 01:30Z (03:30 CEST) is one real hour
        assertThat(nightShift.workingTimeBetween(at("2026-03-29T00:30:00Z"), at("2026-03-29T01:30:00Z")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    public void countsFourHoursForANightShiftAcrossTheFallBackInBerlin() {
        // Sunday 2026-10-25: clocks go back from 03:00 CEST to 02:00 CET. 01:00 CEST is 23:00Z the day before,
        // 04:00 CET is 03:00Z: the hour 02:00–03:00 is worked twice.
        BusinessCalendar nightShift = calendar(BERLIN, sundays(WorkingInterval.parse("01:00-04:00")), List.of());

        assertThat(nightShift.workingTimeBetween(at("2026-10-24T12:00:00Z"), at("2026-10-26T12:00:00Z")))
                .isEqualTo(Duration.ofHours(4));
        // the repeated hour itself: 00:30Z (02:30 CEST) to 01:30Z (02:30 CET)
        assertThat(nightShift.workingTimeBetween(at("2026-10-25T00:30:00Z"), at("2026-10-25T01:30:00Z")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    public void countsOnlyTheExistingPartOfAnIntervalInsideTheSkippedHourInNewYork() {
        // Sunday 2026-03-08: 02:00 EST becomes 03:00 EDT (07:00Z). 02:30–03:30 exists only from 03:00 EDT (07:00Z)
        // to 03:30 EDT (07:30Z).
        BusinessCalendar odd = calendar(NEW_YORK, sundays(WorkingInterval.parse("02:30-03:30")), List.of());

        assertThat(odd.workingTimeBetween(at("2026-03-07T00:00:00Z"), at("2026-03-09T00:00:00Z")))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    public void countsTheRepeatedHourTwiceOnTheFallBackInNewYork() {
        // Sunday 2026-11-01: 02:00 EDT becomes 01:00 EST (06:00Z). 01:00 EDT is 05:00Z, 02:00 EST is 07:00Z.
        BusinessCalendar odd = calendar(NEW_YORK, sundays(WorkingInterval.parse("01:00-02:00")), List.of());

        assertThat(odd.workingTimeBetween(at("2026-10-31T00:00:00Z"), at("2026-11-02T00:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    public void followsTheLocalOfficeHoursAcrossTheDaylightSavingWeekendInNewYork() {
        // Friday 2026-03-06 16:00 EST (21:00Z) to Monday 2026-03-09 10:00 EDT (14:00Z): 1h + 1h
        BusinessCalendar newYork =
                calendar(NEW_YORK, WorkingWeek.mondayToFriday(WorkingInterval.parse("09:00-17:00")), List.of());

        assertThat(newYork.workingTimeBetween(at("2026-03-06T21:00:00Z"), at("2026-03-09T14:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
        // Monday 09:00 EDT is 13:00Z, no longer 14:00Z as in winter
        assertThat(newYork.workingTimeBetween(at("2026-03-09T12:00:00Z"), at("2026-03-09T13:00:00Z")))
                .isZero();
    }

    @Test
    public void countsTwentyThreeHoursOnTheSpringForwardDayAroundTheClock() {
        BusinessCalendar allDay = calendar(BERLIN, WorkingWeek.allDays(), List.of());

        // midnight to midnight in Berlin on 2026-03-29
        assertThat(allDay.workingTimeBetween(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z")))
                .isEqualTo(Duration.ofHours(23));
        // a whole year: the lost hour comes back in October
        assertThat(allDay.workingTimeBetween(at("2025-12-31T23:00:00Z"), at("2026-12-31T23:00:00Z")))
                .isEqualTo(Duration.ofDays(365));
    }

    @Test
    public void aroundTheClockCalendarCountsWallTime() {
        BusinessCalendar allDay = BusinessCalendar.twentyFourSeven(CalendarId.of("24x7"));

        assertThat(allDay.workingTimeBetween(at("2026-11-27T16:00:00Z"), at("2026-11-30T10:00:00.5Z")))
                .isEqualTo(Duration.ofHours(66).plusMillis(500));
    }

    @Test
    public void addsWorkingTimeOverTheWeekend() {
        // Friday 16:00 + 3h: one hour on Friday, two on Monday from 09:00
        assertThat(OFFICE.addWorkingTime(at("2026-11-27T16:00:00Z"), Duration.ofHours(3)))
                .isEqualTo(at("2026-11-30T11:00:00Z"));
    }

    @Test
    public void isDueAtTheEndOfAnIntervalRatherThanAtTheNextOpening() {
        assertThat(OFFICE.addWorkingTime(at("2026-11-23T09:00:00Z"), Duration.ofHours(8)))
                .isEqualTo(at("2026-11-23T17:00:00Z"));
    }

    @Test
    public void startsCountingAtTheNextOpeningWhenAddedOutsideHours() {
        assertThat(OFFICE.addWorkingTime(at("2026-11-28T10:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(at("2026-11-30T10:00:00Z"));
    }

    @Test
    public void addsWorkingTimeAroundAHoliday() {
        BusinessCalendar withChristmas = OFFICE.withHolidays(List.of(Holiday.on("2026-12-25", "Christmas Day")));

        assertThat(withChristmas.addWorkingTime(at("2026-12-24T16:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(at("2026-12-28T10:00:00Z"));
    }

    @Test
    public void addsWorkingTimeAcrossTheSkippedHour() {
        // from 01:00 CET (00:00Z): one hour to the jump at 01:00Z, then 30 minutes of CEST
        BusinessCalendar nightShift = calendar(BERLIN, sundays(WorkingInterval.parse("01:00-04:00")), List.of());

        assertThat(nightShift.addWorkingTime(
                        at("2026-03-29T00:00:00Z"), Duration.ofHours(1).plusMinutes(30)))
                .isEqualTo(at("2026-03-29T01:30:00Z"));
    }

    @Test
    public void addsMonthsOfWorkingTime() {
        // 1032h from 2026-01-01 ends at the close of Tuesday 2026-06-30, as counted above
        assertThat(OFFICE.addWorkingTime(
                        at("2026-01-01T00:00:00Z"), Duration.ofHours(8).multipliedBy(129)))
                .isEqualTo(at("2026-06-30T17:00:00Z"));
    }

    @Test
    public void addingNothingIsTheStart() {
        assertThat(OFFICE.addWorkingTime(at("2026-11-28T10:00:00Z"), Duration.ZERO))
                .isEqualTo(at("2026-11-28T10:00:00Z"));
    }

    @Test
    public void refusesANegativeAmount() {
        assertThatThrownBy(() -> OFFICE.addWorkingTime(at("2026-11-23T10:00:00Z"), Duration.ofHours(-1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.calendar.error.negative-duration");
    }

    @Test
    public void refusesInstantsOutsideTheSupportedCenturies() {
        assertThatThrownBy(() -> OFFICE.workingTimeBetween(Instant.MIN, at("2026-11-23T10:00:00Z")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.calendar.error.out-of-range");
    }

    @Test
    public void refusesOverlappingIntervals() {
        assertThatThrownBy(() -> WorkingWeek.mondayToFriday(
                        WorkingInterval.parse("09:00-13:00"), WorkingInterval.parse("12:00-17:00")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.calendar.error.interval.overlap");
    }

    @Test
    public void acceptsTouchingIntervals() {
        WorkingWeek week =
                WorkingWeek.mondayToFriday(WorkingInterval.parse("13:00-17:00"), WorkingInterval.parse("09:00-13:00"));

        assertThat(week.on(DayOfWeek.MONDAY))
                .containsExactly(WorkingInterval.parse("09:00-13:00"), WorkingInterval.parse("13:00-17:00"));
    }

    @Test
    public void refusesAnIntervalThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> WorkingInterval.parse("17:00-09:00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.calendar.error.interval.empty");
        assertThatThrownBy(() -> WorkingInterval.parse("nine to five"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.calendar.error.interval.format");
    }

    @Test
    public void readsTwentyFourAsTheEndOfTheDay() {
        assertThat(WorkingInterval.parse("22:00-24:00").lengthSeconds()).isEqualTo(7200);
        assertThat(WorkingInterval.parse("22:00-24:00").end()).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    public void refusesAWeekWithoutWorkingHours() {
        assertThatThrownBy(() -> new WorkingWeek(Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.calendar.error.week.empty");
    }

    @Test
    public void refusesTheSameHolidayTwice() {
        assertThatThrownBy(() -> OFFICE.withHolidays(
                        List.of(Holiday.on("2026-12-25", "Christmas"), Holiday.on("2026-12-25", "Xmas"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.calendar.error.holiday.duplicate");
    }

    @Test
    public void keepsHolidaysSortedAndComparesByDefinition() {
        BusinessCalendar calendar = OFFICE.withHolidays(
                List.of(Holiday.on("2026-12-26", "Boxing Day"), Holiday.on("2026-12-25", "Christmas Day")));

        assertThat(calendar.holidays()).extracting(Holiday::name).containsExactly("Christmas Day", "Boxing Day");
        assertThat(calendar)
                .isEqualTo(OFFICE.withHolidays(
                        List.of(Holiday.on("2026-12-25", "Christmas Day"), Holiday.on("2026-12-26", "Boxing Day"))))
                .isNotEqualTo(OFFICE);
    }

    static BusinessCalendar calendar(ZoneId zone, WorkingWeek week, List<Holiday> holidays) {
        return BusinessCalendar.of(CalendarId.of("test"), "Test", zone, week, holidays);
    }

    static WorkingWeek sundays(WorkingInterval interval) {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        hours.put(DayOfWeek.SUNDAY, List.of(interval));
        return new WorkingWeek(hours);
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
