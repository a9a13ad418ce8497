package io.serviceculture.core.insights;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.people.UserKey;
import java.util.List;
import java.util.Map;

/**
 * Kudos of a period added up by the store itself (GROUP BY in the database), so that insights over a million kudos
 * read one row per giver, receiver and value rather than one per kudos. Hidden kudos are left out; private ones
 * count, since only totals leave this port.
 */
public interface RecognitionAggregatesPort {
    /** Recognitions per (giver, receiver, value) of kudos given in the period, from inclusive, to exclusive. */
    List<RecognitionCount> recognitions(Interval period);

    /** Kudos each person gave in the period, each kudos once however many receivers it has. */
    Map<UserKey, Long> givenPerGiver(Interval period);
}
