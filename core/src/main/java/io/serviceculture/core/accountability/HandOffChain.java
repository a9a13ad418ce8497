package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.util.List;

/** A path issues took between teams, such as support→infra→support, and how many issues took it. */
public record HandOffChain(List<TeamKey> teams, int issues) {
    public HandOffChain {
        teams = List.copyOf(teams);
        if (teams.size() < 2) {
            throw new IllegalArgumentException("a chain has at least one hand-off");
        }
    }

    @Override
    public String toString() {
        return String.join("→", teams.stream().map(TeamKey::groupName).toList()) + " ×" + issues;
    }
}
