package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.util.Optional;

/** Reads stored kudos. */
public interface LoadKudosPort {
    Optional<Kudos> findById(long id);

    /** The kudos a giver already sent under a client request id, which makes giving idempotent. */
    Optional<Kudos> findByClientRequest(UserKey giver, String clientRequestId);

    /** How many allowance slots the giver has used in a week. */
    int countSlotsUsed(UserKey giver, IsoWeek week);

    /** A page of kudos, newest first, matching the query. */
    KudosPage findKudos(KudosQuery query);
}
