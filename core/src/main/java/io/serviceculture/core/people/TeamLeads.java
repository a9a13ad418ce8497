package io.serviceculture.core.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The leads an admin named per team; a lead manages the team's members as a reporting-line manager does. */
public record TeamLeads(Map<TeamKey, Set<UserKey>> leadsByTeam) {
    public TeamLeads {
        Map<TeamKey, Set<UserKey>> copy = new HashMap<>();
        leadsByTeam.forEach((team, leads) -> copy.put(team, Set.copyOf(leads)));
        leadsByTeam = Map.copyOf(copy);
    }

    public static TeamLeads none() {
        return new TeamLeads(Map.of());
    }

    public boolean leadsAnyTeam(UserKey user) {
        return leadsByTeam.values().stream().anyMatch(leads -> leads.contains(user));
    }

    public boolean leadsAnyOf(UserKey user, List<TeamKey> teams) {
        return teams.stream()
                .anyMatch(team -> leadsByTeam.getOrDefault(team, Set.of()).contains(user));
    }
}
