package io.serviceculture.core.testing;

import io.serviceculture.core.kudos.KudosPreferences;
import io.serviceculture.core.kudos.KudosPreferencesPort;
import io.serviceculture.core.people.UserKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** People's kudos preferences in a map. */
public final class InMemoryKudosPreferences implements KudosPreferencesPort {
    private final Map<UserKey, KudosPreferences> byPerson = new HashMap<>();

    @Override
    public KudosPreferences preferencesOf(UserKey person) {
        return byPerson.getOrDefault(person, KudosPreferences.DEFAULTS);
    }

    @Override
    public void save(UserKey person, KudosPreferences preferences) {
        byPerson.put(person, preferences);
    }

    @Override
    public Set<UserKey> showingCounts(Collection<UserKey> people) {
        return people.stream().filter(p -> preferencesOf(p).showCounts()).collect(Collectors.toSet());
    }

    @Override
    public Set<UserKey> leaderboardOptOuts() {
        return byPerson.entrySet().stream()
                .filter(e -> e.getValue().leaderboardOptOut())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
