package io.serviceculture.core.standards;

import java.time.Duration;
import java.time.Instant;

/**
 * A cycle of a metric that has stopped: from its start to its stop, the working time that counted (pauses and
 * time outside working hours left out), against the goal of the version that produced it.
 */
public record CompletedCycle(int version, Instant start, Instant stop, Duration elapsed, Duration goal) {
    public CompletedCycle {
        if (stop.isBefore(start)) {
            throw new IllegalArgumentException("a cycle cannot stop before it starts");
        }
    }

    /** Met when the working time used is at most the goal. */
    public boolean met() {
        return elapsed.compareTo(goal) <= 0;
    }

    public boolean breached() {
        return !met();
    }
}
