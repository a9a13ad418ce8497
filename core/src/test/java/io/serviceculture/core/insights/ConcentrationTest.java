package io.serviceculture.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.Test;

public class ConcentrationTest {
    @Test
    public void measuresZeroZeroOneThreeByHand() {
        // given: sorted 0,0,1,3 — n = 4, S = 4, Σ i·x = 3 + 12 = 15
        List<Long> counts = List.of(3L, 0L, 1L, 0L);

        // when
        Concentration concentration = Concentration.of(counts);

        // then: G = 2·15 / (4·4) − 5/4 = 0.625; the top ⌈0.4⌉ = 1 person has 3 of 4
        assertThat(concentration.gini()).isCloseTo(0.625, within(1e-12));
        assertThat(concentration.topTenPercentShare()).isCloseTo(0.75, within(1e-12));
        assertThat(concentration.people()).isEqualTo(4);
        assertThat(concentration.kudos()).isEqualTo(4);
    }

    @Test
    public void isZeroWhenEveryoneHasTheSame() {
        // given ten people with two kudos each: the top person holds 2 of 20
        Concentration concentration = Concentration.of(List.of(2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L));

        assertThat(concentration.gini()).isCloseTo(0, within(1e-12));
        assertThat(concentration.topTenPercentShare()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    public void reachesNMinusOneOverNWhenOnePersonHasEverything() {
        // given 0,0,0,0,5: Σ i·x = 5·5 = 25, G = 50 / 25 − 6/5 = 0.8 = (n − 1) / n
        Concentration concentration = Concentration.of(List.of(0L, 0L, 5L, 0L, 0L));

        assertThat(concentration.gini()).isCloseTo(0.8, within(1e-12));
        assertThat(concentration.topTenPercentShare()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    public void takesTheTopTwoOfElevenPeople() {
        // given eleven people: ⌈1.1⌉ = 2 are the top 10 %; they hold 10 + 6 of 10 + 6 + 9·1 = 25
        Concentration concentration = Concentration.of(List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 6L, 10L));

        assertThat(concentration.topTenPercentShare()).isCloseTo(16.0 / 25, within(1e-12));
        // Σ i·x = (1+…+9)·1 + 10·6 + 11·10 = 45 + 60 + 110 = 215; G = 430 / 275 − 12/11
        assertThat(concentration.gini()).isCloseTo(430.0 / 275 - 12.0 / 11, within(1e-12));
    }

    @Test
    public void isZeroWithNoKudosOrNobody() {
        assertThat(Concentration.of(List.of())).isEqualTo(new Concentration(0, 0, 0, 0));
        assertThat(Concentration.of(List.of(0L, 0L))).isEqualTo(new Concentration(2, 0, 0, 0));
    }
}
