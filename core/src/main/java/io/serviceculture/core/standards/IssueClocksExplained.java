package io.serviceculture.core.standards;

import java.time.Instant;
import java.util.List;

/** Every clock of an issue as of {@code now}, explained; the same clocks, in the same order, as {@link IssueClocks}. */
public record IssueClocksExplained(long issueId, String issueKey, Instant now, List<ClockExplanation> clocks) {
    public IssueClocksExplained {
        clocks = List.copyOf(clocks);
    }
}
