package io.serviceculture.core.testing;

import io.serviceculture.core.commitments.CommitmentPeoplePort;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** People, managers, HR and team mates for commitment tests, set up by hand. */
public final class InMemoryCommitmentPeople implements CommitmentPeoplePort {
    private final Map<UserKey, Person> people = new HashMap<>();
    private final Map<UserKey, UserKey> managerOf = new HashMap<>();
    private final Set<UserKey> hr = new HashSet<>();
    private final Map<UserKey, String> teamOf = new HashMap<>();
    private boolean restricted;

    public InMemoryCommitmentPeople person(String key, String displayName) {
        people.put(UserKey.of(key), new Person(UserKey.of(key), key, displayName, true, ZoneOffset.UTC));
        return this;
    }

    public InMemoryCommitmentPeople manages(String manager, String report) {
        managerOf.put(UserKey.of(report), UserKey.of(manager));
        return this;
    }

    public InMemoryCommitmentPeople hr(String key) {
        hr.add(UserKey.of(key));
        return this;
    }

    public InMemoryCommitmentPeople inTeam(String key, String team) {
        teamOf.put(UserKey.of(key), team);
        return this;
    }

    public InMemoryCommitmentPeople restrictFigures(boolean on) {
        restricted = on;
        return this;
    }

    @Override
    public Optional<Person> findPerson(UserKey key) {
        return Optional.ofNullable(people.get(key));
    }

    @Override
    public boolean manages(UserKey manager, UserKey person) {
        return manager.equals(managerOf.get(person));
    }

    @Override
    public Set<UserKey> reportsOf(UserKey manager) {
        Set<UserKey> reports = new TreeSet<>();
        managerOf.forEach((report, boss) -> {
            if (boss.equals(manager)) {
                reports.add(report);
            }
        });
        return reports;
    }

    @Override
    public boolean isHr(UserKey user) {
        return hr.contains(user);
    }

    @Override
    public boolean shareTeam(UserKey one, UserKey other) {
        String team = teamOf.get(one);
        return team != null && team.equals(teamOf.get(other));
    }

    @Override
    public boolean personFiguresRestricted() {
        return restricted;
    }
}
