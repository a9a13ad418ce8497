package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A recorded kudos. Issues are referred to by id, not key, because keys change when an issue moves between
 * projects.
 */
public record Kudos(
        long id,
        UserKey giver,
        List<Receiver> receivers,
        String valueId,
        String message,
        OptionalLong issueId,
        Visibility visibility,
        Instant givenAt,
        String clientRequestId,
        Optional<Moderation> hidden) {

    public Kudos {
        receivers = List.copyOf(receivers);
    }

    public boolean isHidden() {
        return hidden.isPresent();
    }

    /** Why and by whom a kudos was hidden from the feed. */
    public record Moderation(UserKey moderator, String reason, Instant at) {}
}
