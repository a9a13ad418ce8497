package io.serviceculture.core.standards;

import java.time.Duration;
import java.time.Instant;

/**
 * A running cycle crossed its warning threshold or its goal, raised once per cycle and kind. It keeps the names
 * and times as they were when raised, so the breach list shows what people were told.
 *
 * @param cycleStart with issue, standard and metric, identifies the cycle
 * @param raisedAt when the sweep noticed it
 * @param elapsed working time used when raised; past the goal for a breach
 */
public record ClockAlert(
        long issueId,
        String issueKey,
        StandardId standard,
        String standardName,
        String metricKey,
        String metricName,
        Instant cycleStart,
        AlertKind kind,
        Instant raisedAt,
        Duration elapsed,
        Duration goal) {

    public ClockAlert {
        if (issueKey.isBlank() || metricKey.isBlank()) {
            throw new IllegalArgumentException("an alert needs the issue key and the metric");
        }
    }

    /** Working time past the goal when raised; zero for a warning. */
    public Duration overdueBy() {
        Duration over = elapsed.minus(goal);
        return over.isNegative() ? Duration.ZERO : over;
    }

    /** The key that makes an alert unique: one per cycle and kind. */
    public String alertKey() {
        return issueId + "|" + standard.value() + "|" + metricKey + "|" + cycleStart.toEpochMilli() + "|" + kind;
    }
}
