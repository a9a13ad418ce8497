package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Stores reactions. The store holds one row per (kudos, person) under a unique key, so a double click or two
 * nodes answering at once still leave one reaction.
 */
public interface ReactionsPort {
    /** Adds the person's reaction; false when it was already there. */
    boolean addReaction(long kudosId, UserKey person, Instant at);

    /** Removes the person's reaction; false when there was none. */
    boolean removeReaction(long kudosId, UserKey person);

    /** The reactions to each of these kudos as the reader sees them; kudos without any are left out. */
    Map<Long, Reaction> reactions(Collection<Long> kudosIds, UserKey reader);
}
