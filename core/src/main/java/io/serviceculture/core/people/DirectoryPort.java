package io.serviceculture.core.people;

import java.util.Optional;

/**
 * Looks up people and teams. In Jira it is backed by the user and group managers and the app's team
 * settings; in tests by an in-memory directory.
 */
public interface DirectoryPort {
    Optional<Person> findPerson(UserKey key);

    Optional<Team> findTeam(TeamKey key);
}
