package io.serviceculture.bench.load;

import java.util.Arrays;

/** Request latencies of one run, for percentiles by nearest rank. */
final class LatencyRecorder {
    private long[] nanos = new long[1024];
    private int size;

    synchronized void record(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    synchronized int count() {
        return size;
    }

    /** The arithmetic mean, in milliseconds; 0 without any latency. */
    synchronized double meanMillis() {
        if (size == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += nanos[i];
        }
        return sum / size / 1_000_000.0;
    }

    /** The latency below which {@code percent} % of requests completed, in milliseconds. */
    synchronized double percentileMillis(double percent) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1_000_000.0;
    }
}
