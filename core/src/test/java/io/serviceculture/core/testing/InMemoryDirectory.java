package io.serviceculture.core.testing;

import io.serviceculture.core.people.DirectoryPort;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.Team;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A directory of people and teams held in maps. */
public final class InMemoryDirectory implements DirectoryPort {
    private final Map<UserKey, Person> people = new HashMap<>();
    private final Map<TeamKey, Team> teams = new HashMap<>();

    public InMemoryDirectory withPerson(String key) {
        return withPerson(key, true, ZoneOffset.UTC);
    }

    public InMemoryDirectory withPerson(String key, boolean active, ZoneId zone) {
        people.put(UserKey.of(key), new Person(UserKey.of(key), key, "Person " + key, active, zone));
        return this;
    }

    public InMemoryDirectory withTeam(String group) {
        teams.put(TeamKey.of(group), new Team(TeamKey.of(group), "Team " + group));
        return this;
    }

    @Override
    public Optional<Person> findPerson(UserKey key) {
        return Optional.ofNullable(people.get(key));
    }

    @Override
    public Optional<Team> findTeam(TeamKey key) {
        return Optional.ofNullable(teams.get(key));
    }
}
