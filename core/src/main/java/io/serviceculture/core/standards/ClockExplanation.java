package io.serviceculture.core.standards;

import java.util.List;

/** One clock of an issue, cycle by cycle, interval by interval. */
public record ClockExplanation(
        StandardId standard, String standardName, String metricKey, String metricName, List<ExplainedCycle> cycles) {
    public ClockExplanation {
        cycles = List.copyOf(cycles);
    }
}
