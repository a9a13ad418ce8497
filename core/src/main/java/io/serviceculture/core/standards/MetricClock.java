package io.serviceculture.core.standards;

import java.util.List;
import java.util.Optional;

/** One metric's clock on one issue: its completed cycles, oldest first, and the running one if any. */
public record MetricClock(String metricKey, List<CompletedCycle> completed, Optional<OngoingCycle> ongoing) {
    public MetricClock {
        completed = List.copyOf(completed);
    }

    /** No cycle ever started, such as when no version of the standard applied. */
    public boolean isEmpty() {
        return completed.isEmpty() && ongoing.isEmpty();
    }
}
