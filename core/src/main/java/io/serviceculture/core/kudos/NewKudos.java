package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A kudos that passed every rule and is about to be stored. */
public record NewKudos(
        UserKey giver,
        List<Receiver> receivers,
        String valueId,
        String message,
        OptionalLong issueId,
        Visibility visibility,
        Instant givenAt,
        String clientRequestId) {

    public NewKudos {
        receivers = List.copyOf(receivers);
    }

    static NewKudos from(GiveKudosCommand command, Instant givenAt) {
        return new NewKudos(
                command.giver(),
                command.receivers(),
                command.valueId(),
                command.message(),
                command.issueId(),
                command.visibility(),
                givenAt,
                command.clientRequestId());
    }

    /** The stored kudos with the id the store assigned. */
    public Kudos withId(long id) {
        return new Kudos(
                id,
                giver,
                receivers,
                valueId,
                message,
                issueId,
                visibility,
                givenAt,
                clientRequestId,
                Optional.empty());
    }
}
