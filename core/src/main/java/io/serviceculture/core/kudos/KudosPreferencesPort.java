package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.util.Collection;
import java.util.Set;

/** Stores each person's {@link KudosPreferences}; a person who never chose has the defaults. */
public interface KudosPreferencesPort {
    KudosPreferences preferencesOf(UserKey person);

    void save(UserKey person, KudosPreferences preferences);

    /** Of these people, those who let everyone see their counts. */
    Set<UserKey> showingCounts(Collection<UserKey> people);

    /** Everyone who asked never to be ranked. */
    Set<UserKey> leaderboardOptOuts();
}
