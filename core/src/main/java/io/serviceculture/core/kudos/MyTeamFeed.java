package io.serviceculture.core.kudos;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The receivers of the "my team" feed: each team the reader is in now, and each of its current members, the
 * reader included. Capped, so that a very large team cannot turn one feed request into a huge query.
 */
public final class MyTeamFeed {
    private MyTeamFeed() {}

    public static Set<Receiver> receivers(Map<TeamKey, ? extends Collection<UserKey>> membersByTeam) {
        Set<Receiver> receivers = new LinkedHashSet<>();
        membersByTeam.keySet().stream().sorted().forEach(team -> receivers.add(Receiver.team(team)));
        membersByTeam.keySet().stream()
                .sorted()
                .flatMap(team -> membersByTeam.get(team).stream().sorted())
                .map(Receiver::person)
                .forEach(receivers::add);
        return receivers.stream()
                .limit(KudosQuery.MAX_ANY_RECEIVER)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }
}
