package io.serviceculture.core.insights;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.Collection;
import java.util.Set;

/**
 * The people and teams insights may name. In Jira: teams are the groups an admin marked, and a person counts when
 * their account is active and holds a Jira licence, since nobody else can give or receive kudos.
 */
public interface InsightsPeoplePort {
    Set<TeamKey> teams();

    /** Those of the people whose account is active and licensed. */
    Set<UserKey> activeAndLicensed(Collection<UserKey> people);
}
