package io.serviceculture.core.testing;

import io.serviceculture.core.kudos.KudosStatisticsPort;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Kudos given, as (giver, time) pairs, for figures that count them. */
public final class CountingKudosStatistics implements KudosStatisticsPort {
    private record Given(UserKey giver, Instant at) {}

    private final List<Given> given = new ArrayList<>();

    public CountingKudosStatistics gave(String giver, String at) {
        given.add(new Given(UserKey.of(giver), Instant.parse(at)));
        return this;
    }

    @Override
    public Map<String, Integer> countReceivedByValue(Receiver receiver) {
        return Map.of();
    }

    /** Only giving is recorded here: nobody has received anything. */
    @Override
    public Map<UserKey, Integer> countReceivedByPerson(Instant from, Instant to) {
        return Map.of();
    }

    @Override
    public int countGivenBy(UserKey giver, Instant from, Instant to) {
        return (int) given.stream()
                .filter(g -> g.giver().equals(giver) && !g.at().isBefore(from) && g.at().isBefore(to))
                .count();
    }
}
