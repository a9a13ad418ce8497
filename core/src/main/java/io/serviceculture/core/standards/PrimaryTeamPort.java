package io.serviceculture.core.standards;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.Optional;

/** A person's primary team: the client team of the issues they report, the provider team of those they own. */
@FunctionalInterface
public interface PrimaryTeamPort {
    Optional<TeamKey> primaryTeamOf(UserKey person);
}
