package io.serviceculture.bench.load;

import java.util.Arrays;

/**
 * What the app's panels add to a page's server time, from pairs of the same request (same page, same user) served
 * once with the panels and once without, back to back in random order: drift in the machine's load then hits both
 * halves of a pair alike, and the paired differences give the added time with its uncertainty.
 */
final class PairedOverhead {
    private final long[] on;
    private final long[] off;

    /**
     * @param onNanos server times with the panels
     * @param offNanos server times of the same requests without them, index by index
     */
    PairedOverhead(long[] onNanos, long[] offNanos) {
        if (onNanos.length != offNanos.length || onNanos.length == 0) {
            throw new IllegalArgumentException("pairs need as many times with panels as without, at least one");
        }
        this.on = onNanos.clone();
        this.off = offNanos.clone();
    }

    int pairs() {
        return on.length;
    }

    PanelOverhead means() {
        return new PanelOverhead(mean(on) / 1e6, mean(off) / 1e6);
    }

    /** The median of the paired differences in milliseconds: robust against a pair hit by a pause. */
    double medianAddedMillis() {
        double[] differences = differences();
        Arrays.sort(differences);
        int middle = differences.length / 2;
        double median =
                differences.length % 2 == 1 ? differences[middle] : (differences[middle - 1] + differences[middle]) / 2;
        return median / 1e6;
    }

    /** Half the width of the 95 % confidence interval of the mean added time, in milliseconds. */
    double confidenceMillis() {
        double[] differences = differences();
        if (differences.length < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double mean = Arrays.stream(differences).average().orElse(0);
        double squares =
                Arrays.stream(differences).map(d -> (d - mean) * (d - mean)).sum();
        double deviation = Math.sqrt(squares / (differences.length - 1));
        return 1.96 * deviation / Math.sqrt(differences.length) / 1e6;
    }

    /** The median added time as a percentage of the median page without panels. */
    double medianAddedPercent() {
        long[] sorted = off.clone();
        Arrays.sort(sorted);
        double medianOff = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        return medianOff == 0 ? Double.POSITIVE_INFINITY : medianAddedMillis() * 1e6 / medianOff * 100;
    }

    private double[] differences() {
        double[] differences = new double[on.length];
        for (int i = 0; i < on.length; i++) {
            differences[i] = on[i] - off[i];
        }
        return differences;
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
