package io.serviceculture.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.Test;

public class PairedOverheadTest {
    private static final long MS = 1_000_000;

    @Test
    public void pairsCancelTheMachinesDrift() {
        // given a machine that slows from 10 ms to 40 ms pages while the panels always add 1 ms
        long[] off = {10 * MS, 20 * MS, 30 * MS, 40 * MS};
        long[] on = {11 * MS, 21 * MS, 31 * MS, 41 * MS};

        // when the pairs are compared
        PairedOverhead overhead = new PairedOverhead(on, off);

        // then every difference is 1 ms, so the interval has no width; the median page without panels is
        // (20 + 30) / 2 = 25 ms, so 1 ms is 4 %
        assertThat(overhead.medianAddedMillis()).isCloseTo(1.0, within(1e-9));
        assertThat(overhead.confidenceMillis()).isCloseTo(0.0, within(1e-9));
        assertThat(overhead.medianAddedPercent()).isCloseTo(4.0, within(1e-9));
        assertThat(overhead.means().onMeanMillis()).isCloseTo(26.0, within(1e-9));
        assertThat(overhead.means().offMeanMillis()).isCloseTo(25.0, within(1e-9));
    }

    @Test
    public void aPausedPairDoesNotMoveTheMedian() {
        // given differences of 1, 1, 2 and 101 ms (a garbage collection hit the last page with panels)
        long[] off = {10 * MS, 10 * MS, 10 * MS, 10 * MS};
        long[] on = {11 * MS, 11 * MS, 12 * MS, 111 * MS};

        PairedOverhead overhead = new PairedOverhead(on, off);

        // then the median is (1 + 2) / 2 = 1.5 ms while the mean is 105 / 4 = 26.25 ms; the differences' standard
        // deviation is sqrt(((1-26.25)^2 * 2 + (2-26.25)^2 + (101-26.25)^2) / 3) = sqrt(7450.75 / 3) = 49.836,
        // so the 95 % interval is 1.96 * 49.836 / 2 = 48.84 ms either side
        assertThat(overhead.medianAddedMillis()).isCloseTo(1.5, within(1e-9));
        assertThat(overhead.means().addedMillis()).isCloseTo(26.25, within(1e-9));
        assertThat(overhead.confidenceMillis()).isCloseTo(48.84, within(0.01));
    }

    @Test
    public void refusesUnpairedTimes() {
        assertThatThrownBy(() -> new PairedOverhead(new long[] {1, 2}, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairedOverhead(new long[0], new long[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
