package io.serviceculture.core.commitments;

import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import java.util.Optional;
import java.util.Set;

/**
 * What the commitment rules ask about people, answered on the server per call from the people directory
 * (reporting lines, team leads, team membership now, the HR group, the admin's privacy setting).
 */
public interface CommitmentPeoplePort {
    Optional<Person> findPerson(UserKey key);

    /** Whether the manager manages the person now: by reporting line, or as the lead of a team they are in. */
    boolean manages(UserKey manager, UserKey person);

    /** The people the manager manages now. */
    Set<UserKey> reportsOf(UserKey manager);

    boolean isHr(UserKey user);

    /** Whether the two people are in one team now. */
    boolean shareTeam(UserKey one, UserKey other);

    /** The admin's setting that keeps people-level figures to the person, their manager and HR. */
    boolean personFiguresRestricted();
}
