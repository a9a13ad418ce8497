package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.time.Instant;
import java.util.Optional;

/**
 * What one issue adds to one provider × client cell: the numerators and denominators of each component. A
 * cell is exactly the sum of its issues' contributions, which is what makes every score explainable per issue.
 *
 * @param resolvedAt the issue's final resolution, which decides the period it counts in
 */
public record Contribution(
        long issueId,
        String issueKey,
        TeamKey provider,
        Optional<TeamKey> client,
        Instant resolvedAt,
        Components components) {}
