package io.serviceculture.core.standards;

/**
 * A completed cycle with what it belongs to, the unit that attainment is computed over: by standard, metric,
 * version, issue, or whatever team, person or period a caller derives from the issue.
 */
public record CycleResult(long issueId, StandardId standard, String metricKey, CompletedCycle cycle) {
    public boolean met() {
        return cycle.met();
    }
}
