package io.serviceculture.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.Test;

public class ScoreWeightsTest {
    private static final ScoreWeights DEFAULTS = ScoreWeights.defaults();

    @Test
    public void weighsEveryComponentByDefault50_20_15_15() {
        // given attainment 3/4, ownership 1/2, reopens 1/4 (so 3/4 good), rating 2/4
        Components components =
                new Components(Fraction.of(3, 4), Fraction.of(1, 2), Fraction.of(1, 4), Fraction.of(2, 4));

        // then (50·0.75 + 20·0.5 + 15·0.75 + 15·0.5) / 100 = (37.5 + 10 + 11.25 + 7.5) / 100 = 66.25 %
        assertThat(DEFAULTS.score(components).getAsDouble()).isCloseTo(66.25, within(1e-9));
    }

    @Test
    public void dropsAComponentWithoutDataAndRenormalisesTheWeights() {
        // given no rating
        Components components = new Components(Fraction.of(3, 4), Fraction.of(1, 2), Fraction.of(1, 4), Fraction.NONE);

        // then (37.5 + 10 + 11.25) / 85 = 69.1176…
        assertThat(DEFAULTS.score(components).getAsDouble()).isCloseTo(58.75 / 85 * 100, within(1e-9));
    }

    @Test
    public void scoresOnlyTheComponentsThatHaveData() {
        // given only a rating of 5 stars
        Components onlyRating = new Components(Fraction.NONE, Fraction.NONE, Fraction.NONE, Fraction.of(4, 4));

        // then
        assertThat(DEFAULTS.score(onlyRating).getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(DEFAULTS.score(Components.NONE)).isEmpty();
    }

    @Test
    public void ignoresAComponentWeightedZero() {
        // given weights that leave out attainment
        ScoreWeights weights = new ScoreWeights(0, 1, 0, 1);
        Components components =
                new Components(Fraction.of(0, 4), Fraction.of(1, 1), Fraction.of(1, 1), Fraction.of(0, 4));

        // then (1·1 + 1·0) / 2
        assertThat(weights.score(components).getAsDouble()).isCloseTo(50, within(1e-9));
    }

    @Test
    public void refusesWeightsThatAreNegativeOrAllZero() {
        assertThatThrownBy(() -> new ScoreWeights(-1, 1, 1, 1))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.accountability.settings.error.weights.negative");
        assertThatThrownBy(() -> new ScoreWeights(0, 0, 0, 0))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.accountability.settings.error.weights.zero");
    }

    @Test
    public void refusesAWeightAboveTheCapSoNoSumCanOverflow() {
        assertThatThrownBy(() -> new ScoreWeights(Integer.MAX_VALUE, Integer.MAX_VALUE, 1, 1))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).arguments())
                .containsExactly("service-culture.accountability.settings.error.weights.too-large", List.of(1000));
        assertThat(new ScoreWeights(1000, 0, 0, 0).attainment()).isEqualTo(1000);
    }

    @Test
    public void refusesAReopenWindowOrThresholdOutOfRange() {
        assertThatThrownBy(() -> AccountabilitySettings.defaults().withReopenWindow(Duration.ofDays(-1)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).arguments())
                .containsExactly("service-culture.accountability.settings.error.reopen-window", List.of(365L));
        assertThatThrownBy(() -> new AccountabilitySettings(Duration.ofDays(14), ScoreWeights.defaults(), -1))
                .isInstanceOf(InvalidInputException.class);
    }
}
