package io.serviceculture.core.testing;

import io.serviceculture.core.kudos.Reaction;
import io.serviceculture.core.kudos.ReactionsPort;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reactions in a set of (kudos, person) pairs: the same unique key as the real store. */
public final class InMemoryReactions implements ReactionsPort {
    private final Map<Long, Set<UserKey>> byKudos = new HashMap<>();

    @Override
    public synchronized boolean addReaction(long kudosId, UserKey person, Instant at) {
        return byKudos.computeIfAbsent(kudosId, id -> new HashSet<>()).add(person);
    }

    @Override
    public synchronized boolean removeReaction(long kudosId, UserKey person) {
        return byKudos.getOrDefault(kudosId, new HashSet<>()).remove(person);
    }

    @Override
    public synchronized Map<Long, Reaction> reactions(Collection<Long> kudosIds, UserKey reader) {
        Map<Long, Reaction> result = new HashMap<>();
        for (long id : kudosIds) {
            Set<UserKey> people = byKudos.getOrDefault(id, Set.of());
            if (!people.isEmpty()) {
                result.put(id, new Reaction(people.size(), people.contains(reader)));
            }
        }
        return result;
    }
}
