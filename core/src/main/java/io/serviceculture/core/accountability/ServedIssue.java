package io.serviceculture.core.accountability;

import java.time.Duration;
import java.util.Optional;

/**
 * An issue a provider team served that was finally resolved in a period, with the working time the team owned it
 * on the resolution clock.
 *
 * @param owned the team's owned working time; empty when no standard's resolution clock measured the issue
 */
public record ServedIssue(long issueId, String issueKey, Optional<Duration> owned) {
    public ServedIssue {
        if (owned.isPresent() && owned.get().isNegative()) {
            throw new IllegalArgumentException("owned time is never negative, issue " + issueKey);
        }
    }
}
