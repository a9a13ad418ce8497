package io.serviceculture.core.standards;

import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Collector;

/** Met completed cycles out of all completed cycles; the ratio is undefined (empty) when none completed. */
public record Attainment(long met, long completed) {
    public Attainment {
        if (met < 0 || completed < met) {
            throw new IllegalArgumentException("attainment needs 0 <= met <= completed");
        }
    }

    public static Attainment none() {
        return new Attainment(0, 0);
    }

    public OptionalDouble ratio() {
        return completed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met / completed);
    }

    public Attainment plus(Attainment other) {
        return new Attainment(met + other.met, completed + other.completed);
    }

    /** Counts items as completed cycles, and those passing {@code met} as met. */
    public static <T> Collector<T, long[], Attainment> counting(Predicate<? super T> met) {
        return Collector.of(
                () -> new long[2],
                (counts, item) -> {
                    counts[1]++;
                    if (met.test(item)) {
                        counts[0]++;
                    }
                },
                (left, right) -> {
                    left[0] += right[0];
                    left[1] += right[1];
                    return left;
                },
                counts -> new Attainment(counts[0], counts[1]));
    }
}
