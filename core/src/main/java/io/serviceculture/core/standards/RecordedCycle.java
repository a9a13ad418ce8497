package io.serviceculture.core.standards;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.Optional;

/**
 * A completed cycle as stored for attainment reports, with what reports group by besides the standard: the
 * issue's project, and the assignee when the cycle stopped with that person's primary team.
 */
public record RecordedCycle(CycleResult result, String projectKey, Optional<UserKey> assignee, Optional<TeamKey> team) {
    public RecordedCycle {
        if (projectKey.isBlank()) {
            throw new IllegalArgumentException("a recorded cycle needs the issue's project");
        }
    }

    public boolean met() {
        return result.met();
    }
}
