package io.serviceculture.core.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.Test;

public class IsoWeekTest {

    @Test
    public void newYearsEveOf2026FallsInWeek53() {
        assertThat(IsoWeek.of(LocalDate.of(2026, 12, 31))).hasToString("2026-W53");
    }

    @Test
    public void theFirstOfJanuary2027BelongsToTheLastWeekOf2026() {
        // 2027-01-01 is a Friday; ISO week 1 of 2027 starts on Monday 2027-01-04
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).isEqualTo(new IsoWeek(2026, 53));
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 4))).hasToString("2027-W01");
    }

    @Test
    public void padsTheYearToFourDigitsAndTheWeekToTwo() {
        assertThat(new IsoWeek(987, 5)).hasToString("0987-W05");
        assertThat(new IsoWeek(12026, 10)).hasToString("12026-W10");
    }

    @Test
    public void startsOnMondayMidnightInTheGivenZone() {
        IsoWeek week = new IsoWeek(2026, 48);

        assertThat(week.start(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(week.end(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(week.start(ZoneId.of("Pacific/Auckland"))).isEqualTo(Instant.parse("2026-11-22T11:00:00Z"));
    }

    @Test
    public void theSameInstantCanBeInDifferentWeeksInDifferentZones() {
        Instant sundayNoonUtc = Instant.parse("2026-11-22T12:00:00Z");

        assertThat(IsoWeek.of(sundayNoonUtc, ZoneOffset.UTC)).hasToString("2026-W47");
        assertThat(IsoWeek.of(sundayNoonUtc, ZoneId.of("Pacific/Auckland"))).hasToString("2026-W48");
    }

    @Test
    public void weeksOrderByYearThenWeek() {
        assertThat(new IsoWeek(2026, 53)).isLessThan(new IsoWeek(2027, 1));
        assertThat(new IsoWeek(2027, 2)).isGreaterThan(new IsoWeek(2027, 1));
    }
}
