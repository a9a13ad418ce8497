package io.serviceculture.core.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.Test;

public class PeriodTest {
    @Test
    public void quartersHalvesAndYearsFollowTheCalendar() {
        LocalDate day = LocalDate.of(2026, 11, 23);

        assertThat(Period.containing(PeriodKind.QUARTER, day))
                .isEqualTo(new Period(PeriodKind.QUARTER, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)));
        assertThat(Period.containing(PeriodKind.HALF, day).start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.containing(PeriodKind.YEAR, day).end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Period.containing(PeriodKind.QUARTER, day).label()).isEqualTo("2026-Q4");
        assertThat(Period.containing(PeriodKind.HALF, day).label()).isEqualTo("2026-H2");
    }

    @Test
    public void thePreviousQuarterOfTheFirstIsTheLastOfTheYearBefore() {
        Period q1 = Period.containing(PeriodKind.QUARTER, LocalDate.of(2027, 2, 1));

        assertThat(q1.previous().label()).isEqualTo("2026-Q4");
    }

    @Test
    public void aCustomPeriodKeepsItsLengthWhenGoingBack() {
        Period sprint = Period.custom(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30));

        assertThat(sprint.previous()).isEqualTo(Period.custom(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16)));
        assertThat(sprint.label()).isEqualTo("2026-11-16/2026-11-29");
    }

    @Test
    public void elapsedRunsFromZeroToOne() {
        Period q4 = Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 1));

        assertThat(q4.elapsed(Instant.parse("2026-09-01T00:00:00Z"))).isZero();
        assertThat(q4.elapsed(Instant.parse("2026-11-16T00:00:00Z"))).isEqualTo(0.5);
        assertThat(q4.elapsed(Instant.parse("2027-03-01T00:00:00Z"))).isEqualTo(1.0);
        assertThat(q4.contains(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    public void refusesAQuarterThatIsNotACalendarQuarterAndAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new Period(PeriodKind.QUARTER, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
