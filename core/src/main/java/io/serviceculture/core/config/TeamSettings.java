package io.serviceculture.core.config;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The groups an admin marked as teams, the HR group, and each team's leads. Sorted, so that two equal set-ups
 * compare equal however they were read.
 */
public record TeamSettings(Set<TeamKey> teams, String hrGroup, Map<TeamKey, Set<UserKey>> leads) {
    public TeamSettings {
        teams = new TreeSet<>(teams);
        if (hrGroup.isBlank()) {
            throw new IllegalArgumentException("the HR group has a name");
        }
        Map<TeamKey, Set<UserKey>> sorted = new TreeMap<>();
        leads.forEach((team, people) -> {
            if (!people.isEmpty()) {
                sorted.put(team, Set.copyOf(new TreeSet<>(people)));
            }
        });
        leads = Map.copyOf(sorted);
        teams = Set.copyOf(teams);
    }
}
