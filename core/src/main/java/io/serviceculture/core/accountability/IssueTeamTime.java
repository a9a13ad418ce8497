package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The working time each team owned of one issue on the resolution clock of its matched standard, with the issue's
 * priority, which the owned-time figures normalise by (an issue without one is compared with the others without).
 *
 * @param owned each owning team's counted business time; a team that owned none is absent
 */
public record IssueTeamTime(long issueId, String priority, Map<TeamKey, Duration> owned) {
    public IssueTeamTime {
        owned = Map.copyOf(owned);
        for (Duration time : owned.values()) {
            if (time.isNegative()) {
                throw new IllegalArgumentException("owned time is never negative, issue " + issueId);
            }
        }
    }

    /** What the team owned; zero when it owned the issue only while the clock did not run. */
    public Duration ownedBy(TeamKey team) {
        return Optional.ofNullable(owned.get(team)).orElse(Duration.ZERO);
    }
}
