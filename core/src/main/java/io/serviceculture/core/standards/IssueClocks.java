package io.serviceculture.core.standards;

import java.time.Instant;
import java.util.List;

/** Every clock running or run on an issue as of {@code now}, standard by standard, metric by metric. */
public record IssueClocks(long issueId, String issueKey, Instant now, List<StandardClock> clocks) {
    public IssueClocks {
        clocks = List.copyOf(clocks);
    }
}
