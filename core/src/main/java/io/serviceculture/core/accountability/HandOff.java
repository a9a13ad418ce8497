package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.time.Instant;

/**
 * The issue passed from one team to another by a change of assignee.
 *
 * @param pingPong whether the receiving team had already owned the issue and let it go
 */
public record HandOff(TeamKey from, TeamKey to, Instant at, boolean pingPong) {
    public HandOff {
        if (from.equals(to)) {
            throw new IllegalArgumentException("a hand-off crosses a team boundary");
        }
    }
}
