package io.serviceculture.core.standards;

import java.time.Instant;
import java.util.Optional;

/**
 * A cycle of the preview's period whose outcome the draft would change: met under one version and breached under
 * the other, or counted by only one of them. Cycles are paired by issue, metric and start.
 *
 * @param before the cycle as the standard in force counts it; empty when it does not cover the issue then
 * @param after the cycle as the draft would count it; empty when the draft does not cover the issue
 */
public record WhatIfChange(
        long issueId,
        String issueKey,
        String metricKey,
        Instant start,
        Optional<CompletedCycle> before,
        Optional<CompletedCycle> after) {

    /** Why the outcome changes. */
    public enum Why {
        /** Only the goal differs: the same working time is measured against another goal. */
        GOAL,
        /** The working time counted differs (calendar, pauses or stops), the goal does not. */
        COUNTED_TIME,
        GOAL_AND_COUNTED_TIME,
        NEWLY_COVERED,
        NO_LONGER_COVERED
    }

    public WhatIfChange {
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change needs a cycle on at least one side");
        }
    }

    public Why why() {
        if (before.isEmpty()) {
            return Why.NEWLY_COVERED;
        }
        if (after.isEmpty()) {
            return Why.NO_LONGER_COVERED;
        }
        boolean goal = !before.get().goal().equals(after.get().goal());
        boolean counted = !before.get().elapsed().equals(after.get().elapsed());
        if (goal && counted) {
            return Why.GOAL_AND_COUNTED_TIME;
        }
        return goal ? Why.GOAL : Why.COUNTED_TIME;
    }
}
