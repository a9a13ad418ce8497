package io.serviceculture.core.accountability;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * A provider team's owned working time of one issue in a cell, and that time normalised by the issue's priority.
 *
 * @param normalised the owned hours divided by the median owned hours of the period's issues of the same
 *     priority, so 1.0 is typical for the priority; empty when that median is zero
 */
public record OwnedTime(long issueId, String issueKey, String priority, Duration owned, OptionalDouble normalised) {
    public OwnedTime {
        if (owned.isNegative()) {
            throw new IllegalArgumentException("owned time is never negative, issue " + issueKey);
        }
        if (normalised.isPresent() && !(normalised.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("a normalised time is not negative, issue " + issueKey);
        }
    }

    public double hours() {
        return owned.toMillis() / 3_600_000.0;
    }
}
