package io.serviceculture.core.accountability;

import java.time.Instant;

/** A stretch of time, {@code from} inclusive and {@code to} exclusive. */
public record Interval(Instant from, Instant to) {
    public Interval {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an interval ends after it starts");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
