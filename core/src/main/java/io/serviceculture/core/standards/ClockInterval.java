package io.serviceculture.core.standards;

import java.time.Duration;
import java.time.Instant;

/**
 * One interval of an explained cycle, {@code [from, to)}: whether it counted and why, and what began and ended it.
 *
 * @param detail the holiday's name for {@link IntervalReason#HOLIDAY}, the status's name for a pause, blank
 *     otherwise
 * @param counted the working time the clock counted in it; zero unless {@link IntervalReason#COUNTED}
 */
public record ClockInterval(
        Instant from,
        Instant to,
        IntervalReason reason,
        String detail,
        Duration counted,
        ClockMoment startedBy,
        ClockMoment endedBy) {
    public ClockInterval {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an interval must not be empty");
        }
        if (counted.isNegative() || (reason != IntervalReason.COUNTED && !counted.isZero())) {
            throw new IllegalArgumentException(
                    "only a counted interval counts working time: " + reason + " " + counted);
        }
    }
}
