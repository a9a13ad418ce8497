package io.serviceculture.core.reports;

import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The criteria of a report that a store applies itself, so that it reads only matching kudos.
 *
 * @param givenFrom given at or after this instant
 * @param givenBefore given before this instant
 * @param receiver only kudos this person or team received, and of those only this receiver's row
 * @param anyReceiver when not empty, only kudos to at least one of these, each still with all its receivers: a
 *     narrowing the store may use to read less (the team filter's members), never the report's last word
 */
public record KudosExportQuery(
        Optional<Instant> givenFrom,
        Optional<Instant> givenBefore,
        Optional<String> valueId,
        Optional<UserKey> giver,
        Optional<Receiver> receiver,
        Optional<Visibility> visibility,
        Set<Receiver> anyReceiver) {

    public KudosExportQuery {
        anyReceiver = Set.copyOf(anyReceiver);
    }

    public KudosExportQuery(
            Optional<Instant> givenFrom,
            Optional<Instant> givenBefore,
            Optional<String> valueId,
            Optional<UserKey> giver,
            Optional<Receiver> receiver,
            Optional<Visibility> visibility) {
        this(givenFrom, givenBefore, valueId, giver, receiver, visibility, Set.of());
    }

    public static KudosExportQuery all() {
        return new KudosExportQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public KudosExportQuery withVisibility(Visibility only) {
        return new KudosExportQuery(givenFrom, givenBefore, valueId, giver, receiver, Optional.of(only), anyReceiver);
    }

    public KudosExportQuery withAnyReceiver(Set<Receiver> candidates) {
        return new KudosExportQuery(givenFrom, givenBefore, valueId, giver, receiver, visibility, candidates);
    }
}
