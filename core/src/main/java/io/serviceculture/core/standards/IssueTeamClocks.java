package io.serviceculture.core.standards;

import java.time.Instant;
import java.util.List;

/** Every clock of an issue as of {@code now}, split by owning team; the same clocks, in the same order, as {@link IssueClocks}. */
public record IssueTeamClocks(long issueId, String issueKey, Instant now, List<TeamClock> clocks) {
    public IssueTeamClocks {
        clocks = List.copyOf(clocks);
    }
}
