package io.serviceculture.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.standards.calendar.CalendarId;
import java.util.List;
import org.junit.Test;

public class IdLimitsTest {
    @Test
    public void refusesAStandardIdLongerThanAHundredCharactersBeforeTheDatabaseWould() {
        assertThat(StandardId.of("s".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> StandardId.of("s".repeat(101)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).arguments())
                .containsExactly("service-culture.standards.error.id.too-long", List.of(100));
    }

    @Test
    public void refusesACalendarIdLongerThanAHundredCharactersBeforeTheDatabaseWould() {
        assertThat(CalendarId.of("c".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> CalendarId.of("c".repeat(5_000)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).arguments())
                .containsExactly("service-culture.standards.calendar.error.id.too-long", List.of(100));
    }
}
