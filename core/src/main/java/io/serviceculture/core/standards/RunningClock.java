package io.serviceculture.core.standards;

import java.time.Instant;
import java.util.Optional;

/**
 * The stored state of a running cycle, kept current by issue events, so that a sweep finds the cycles due for an
 * alert with one indexed query instead of evaluating every issue.
 *
 * @param warnAt when the warning is due if the clock keeps running; empty while paused or once the warning was
 *     raised (or skipped for a breach)
 * @param dueAt when the goal runs out; empty while paused or once the breach was raised
 */
public record RunningClock(
        long issueId,
        StandardId standard,
        String metricKey,
        Instant cycleStart,
        Optional<Instant> warnAt,
        Optional<Instant> dueAt) {}
