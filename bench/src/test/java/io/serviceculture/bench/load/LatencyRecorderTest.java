package io.serviceculture.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.Test;

public class LatencyRecorderTest {

    @Test
    public void percentilesAreNearestRanksOfTheRecordedLatencies() {
        // given latencies of 1 ms to 100 ms, recorded out of order
        LatencyRecorder recorder = new LatencyRecorder();
        for (int ms = 100; ms >= 1; ms--) {
            recorder.record(ms * 1_000_000L);
        }

        // then the nearest rank of p% of 100 values is the p-th smallest
        assertThat(recorder.count()).isEqualTo(100);
        assertThat(recorder.percentileMillis(50)).isEqualTo(50.0);
        assertThat(recorder.percentileMillis(95)).isEqualTo(95.0);
        assertThat(recorder.percentileMillis(99)).isEqualTo(99.0);
        assertThat(recorder.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    public void meanIsTheAverageOfTheLatencies() {
        // given 1 ms, 2 ms and 6 ms
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record(1_000_000L);
        recorder.record(2_000_000L);
        recorder.record(6_000_000L);

        // then the mean is 9 / 3 = 3 ms
        assertThat(recorder.meanMillis()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    public void anEmptyRecorderReportsZero() {
        LatencyRecorder recorder = new LatencyRecorder();

        assertThat(recorder.meanMillis()).isZero();
        assertThat(recorder.percentileMillis(99)).isZero();
    }
}
