package io.serviceculture.core.standards;

import java.time.Instant;
import java.util.List;

/** The running cycles of issues, as last evaluated; replaced as a whole per issue. */
public interface RunningClocksPort {
    /** Replaces what is stored for an issue; an empty list removes it. */
    void replaceRunning(long issueId, List<RunningClock> running);

    /** Issues with a warning or a goal due at or before {@code now}, at most {@code limit}, by issue id. */
    List<Long> issuesDueBy(Instant now, int limit);
}
