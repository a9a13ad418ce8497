package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.time.Instant;
import java.util.Optional;

/**
 * One time the issue was resolved, and by which team: the team that owned it then. Empty when no team had
 * owned the issue yet, such as an issue closed while unassigned.
 *
 * @param clearedAt when the resolution was cleared again, if it was
 * @param reopen whether it was cleared within the reopen window, which charges a reopen to {@code team}
 */
public record Resolution(Instant at, Optional<TeamKey> team, Optional<Instant> clearedAt, boolean reopen) {
    public Resolution {
        if (reopen && clearedAt.isEmpty()) {
            throw new IllegalArgumentException("a reopen is a cleared resolution");
        }
    }
}
