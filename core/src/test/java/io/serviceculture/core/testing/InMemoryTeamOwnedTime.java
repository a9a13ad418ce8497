package io.serviceculture.core.testing;

import io.serviceculture.core.accountability.ServedIssue;
import io.serviceculture.core.commitments.TeamOwnedTimePort;
import io.serviceculture.core.people.TeamKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Issues each provider team served, with their final resolution and the team's owned time, as the matrix has them. */
public final class InMemoryTeamOwnedTime implements TeamOwnedTimePort {
    private record Served(TeamKey team, Instant resolvedAt, ServedIssue issue) {}

    private final List<Served> served = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private int lowConfidenceBelow = 5;

    /** The team served the issue, resolved at {@code at}; {@code owned} is empty when no resolution clock ran. */
    public InMemoryTeamOwnedTime served(String team, long issueId, String at, Optional<Duration> owned) {
        served.add(new Served(TeamKey.of(team), Instant.parse(at), new ServedIssue(issueId, "ISS-" + issueId, owned)));
        return this;
    }

    public InMemoryTeamOwnedTime lowConfidenceBelow(int issues) {
        lowConfidenceBelow = issues;
        return this;
    }

    /** Each span asked for, as "team from until". */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public List<ServedIssue> servedBy(TeamKey team, Instant from, Instant until) {
        asked.add(team.groupName() + " " + from + " " + until);
        return served.stream()
                .filter(s -> s.team().equals(team)
                        && !s.resolvedAt().isBefore(from)
                        && s.resolvedAt().isBefore(until))
                .map(Served::issue)
                .toList();
    }

    @Override
    public int lowConfidenceBelow() {
        return lowConfidenceBelow;
    }
}
