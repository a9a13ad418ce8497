package io.serviceculture.core.standards;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Attainment grouped by any key (standard, team, person, period…), so that standards, commitments and
 * accountability count it the same way: met completed cycles ÷ completed cycles.
 */
public final class AttainmentCalculator {
    private AttainmentCalculator() {}

    /** Attainment per key over completed cycles; keys with no cycle are absent. */
    public static <K> Map<K, Attainment> byKey(
            Stream<CycleResult> cycles, Function<? super CycleResult, ? extends K> key) {
        return byKey(cycles, key, CycleResult::met);
    }

    /** The same over any items, each counted as one completed cycle, met when {@code met} says so. */
    public static <T, K> Map<K, Attainment> byKey(
            Stream<T> items, Function<? super T, ? extends K> key, Predicate<? super T> met) {
        return items.collect(Collectors.groupingBy(
                key, Collectors.collectingAndThen(Attainment.<T>counting(met), attainment -> attainment)));
    }

    /** Attainment per key, in key order, for reports that list groups sorted. */
    public static <K extends Comparable<? super K>> Map<K, Attainment> sortedByKey(
            Stream<CycleResult> cycles, Function<? super CycleResult, ? extends K> key) {
        return cycles.collect(Collectors.groupingBy(key, TreeMap::new, Attainment.counting(CycleResult::met)));
    }

    public static Attainment overall(Stream<CycleResult> cycles) {
        return cycles.collect(Attainment.counting(CycleResult::met));
    }
}
