package io.serviceculture.core.standards;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A cycle of a clock with every interval from its start to its stop (or "now"), without gaps. The counted time
 * of the intervals adds up exactly to the cycle's elapsed working time; the constructor refuses anything else.
 *
 * @param stop empty while the cycle runs
 */
public record ExplainedCycle(
        int version,
        Instant start,
        Optional<Instant> stop,
        Duration elapsed,
        Duration goal,
        List<ClockInterval> intervals) {
    public ExplainedCycle {
        intervals = List.copyOf(intervals);
        Duration total = Duration.ZERO;
        for (ClockInterval interval : intervals) {
            total = total.plus(interval.counted());
        }
        if (!total.equals(elapsed)) {
            throw new IllegalStateException("the intervals count " + total + " but the clock counted " + elapsed);
        }
    }

    public boolean running() {
        return stop.isEmpty();
    }

    public boolean met() {
        return elapsed.compareTo(goal) <= 0;
    }
}
