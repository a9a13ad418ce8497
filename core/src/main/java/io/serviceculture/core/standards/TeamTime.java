package io.serviceculture.core.standards;

import io.serviceculture.core.people.TeamKey;
import java.time.Duration;

/** The working time one team's clock counted on an issue: the metric's counted time while the team owned it. */
public record TeamTime(TeamKey team, Duration owned) {
    public TeamTime {
        if (owned.isNegative()) {
            throw new IllegalArgumentException("a team's owned time is never negative: " + owned);
        }
    }
}
