package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which kudos to list, newest first. Paging is by key (kudos with an id below {@code beforeId}), which stays
 * fast and stable however deep a reader pages while new kudos arrive.
 *
 * @param anyReceiver when not empty, kudos to at least one of these receivers (the "my team" feed: the team and
 *     its members)
 * @param issueId kudos linked to this issue
 */
public record KudosQuery(
        Optional<Receiver> receiver,
        Optional<UserKey> giver,
        Optional<String> valueId,
        boolean includeHidden,
        OptionalLong beforeId,
        int limit,
        Set<Receiver> anyReceiver,
        OptionalLong issueId) {

    public static final int MAX_LIMIT = 100;
    /** Bounds the IN list a "my team" feed sends to the database. */
    public static final int MAX_ANY_RECEIVER = 500;

    public KudosQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
        anyReceiver = Set.copyOf(anyReceiver);
        if (anyReceiver.size() > MAX_ANY_RECEIVER) {
            throw new IllegalArgumentException("at most " + MAX_ANY_RECEIVER + " receivers to match");
        }
    }

    public KudosQuery(
            Optional<Receiver> receiver,
            Optional<UserKey> giver,
            Optional<String> valueId,
            boolean includeHidden,
            OptionalLong beforeId,
            int limit) {
        this(receiver, giver, valueId, includeHidden, beforeId, limit, Set.of(), OptionalLong.empty());
    }

    public static KudosQuery all(int limit) {
        return new KudosQuery(Optional.empty(), Optional.empty(), Optional.empty(), false, OptionalLong.empty(), limit);
    }

    public KudosQuery receivedBy(Receiver who) {
        return new KudosQuery(Optional.of(who), giver, valueId, includeHidden, beforeId, limit, anyReceiver, issueId);
    }

    /** Kudos to any of these receivers; the set must not be empty, which would mean no filter at all. */
    public KudosQuery receivedByAnyOf(Set<Receiver> receivers) {
        if (receivers.isEmpty()) {
            throw new IllegalArgumentException("name at least one receiver");
        }
        return new KudosQuery(receiver, giver, valueId, includeHidden, beforeId, limit, receivers, issueId);
    }

    public KudosQuery givenBy(UserKey who) {
        return new KudosQuery(
                receiver, Optional.of(who), valueId, includeHidden, beforeId, limit, anyReceiver, issueId);
    }

    public KudosQuery forValue(String value) {
        return new KudosQuery(
                receiver, giver, Optional.of(value), includeHidden, beforeId, limit, anyReceiver, issueId);
    }

    public KudosQuery aboutIssue(long id) {
        return new KudosQuery(
                receiver, giver, valueId, includeHidden, beforeId, limit, anyReceiver, OptionalLong.of(id));
    }

    public KudosQuery withoutHidden() {
        return new KudosQuery(receiver, giver, valueId, false, beforeId, limit, anyReceiver, issueId);
    }

    public KudosQuery includingHidden() {
        return new KudosQuery(receiver, giver, valueId, true, beforeId, limit, anyReceiver, issueId);
    }

    public KudosQuery before(long id) {
        return new KudosQuery(
                receiver, giver, valueId, includeHidden, OptionalLong.of(id), limit, anyReceiver, issueId);
    }
}
