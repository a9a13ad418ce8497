package io.serviceculture.core.standards;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The running cycle of a metric as of "now".
 *
 * @param pausedFor present while the clock stands still
 * @param dueAt when the goal runs out if the clock keeps running; empty while paused or once breached
 */
public record OngoingCycle(
        int version,
        Instant start,
        Duration elapsed,
        Duration goal,
        int warningPercent,
        Optional<PauseReason> pausedFor,
        Optional<Instant> dueAt) {

    /** Working time left before the goal; negative once overdue. */
    public Duration remaining() {
        return goal.minus(elapsed);
    }

    public boolean paused() {
        return pausedFor.isPresent();
    }

    public boolean breached() {
        return elapsed.compareTo(goal) > 0;
    }

    /** At or past the warning share of the goal, and not yet breached. */
    public boolean warning() {
        return !breached() && elapsed.multipliedBy(100).compareTo(goal.multipliedBy(warningPercent)) >= 0;
    }
}
