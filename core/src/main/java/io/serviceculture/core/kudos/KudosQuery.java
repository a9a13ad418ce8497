package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which kudos to list, newest first. Paging is by key (kudos with an id below {@code beforeId}), which stays
 * fast and stable however deep a reader pages while new kudos arrive.
 */
public record KudosQuery(
        Optional<Receiver> receiver,
        Optional<UserKey> giver,
        Optional<String> valueId,
        boolean includeHidden,
        OptionalLong beforeId,
        int limit) {

    public static final int MAX_LIMIT = 100;

    public KudosQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static KudosQuery all(int limit) {
        return new KudosQuery(Optional.empty(), Optional.empty(), Optional.empty(), false, OptionalLong.empty(), limit);
    }

    public KudosQuery receivedBy(Receiver who) {
        return new KudosQuery(Optional.of(who), giver, valueId, includeHidden, beforeId, limit);
    }

    public KudosQuery givenBy(UserKey who) {
        return new KudosQuery(receiver, Optional.of(who), valueId, includeHidden, beforeId, limit);
    }

    public KudosQuery forValue(String value) {
        return new KudosQuery(receiver, giver, Optional.of(value), includeHidden, beforeId, limit);
    }

    public KudosQuery withoutHidden() {
        return new KudosQuery(receiver, giver, valueId, false, beforeId, limit);
    }

    public KudosQuery includingHidden() {
        return new KudosQuery(receiver, giver, valueId, true, beforeId, limit);
    }

    public KudosQuery before(long id) {
        return new KudosQuery(receiver, giver, valueId, includeHidden, OptionalLong.of(id), limit);
    }
}
