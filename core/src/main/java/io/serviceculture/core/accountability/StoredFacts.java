package io.serviceculture.core.accountability;

import io.serviceculture.core.people.UserKey;
import java.util.Collection;
import java.util.List;

/**
 * One issue's facts as they are stored, with the people in it (the reporter and every assignee), so a later
 * correction of someone's teams can find the issues it touches.
 */
public record StoredFacts(IssueAccountability facts, Collection<UserKey> people) {
    public StoredFacts {
        people = List.copyOf(people);
    }
}
