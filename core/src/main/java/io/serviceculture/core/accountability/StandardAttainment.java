package io.serviceculture.core.accountability;

/**
 * How an issue did against its service standards, as the SLA engine counts it: completed cycles that met their
 * goal out of all completed cycles. The caller supplies it, so this package does not depend on that engine.
 */
public record StandardAttainment(int met, int completed) {
    public StandardAttainment {
        if (met < 0 || completed < met) {
            throw new IllegalArgumentException("attainment needs 0 <= met <= completed, got " + met + "/" + completed);
        }
    }
}
