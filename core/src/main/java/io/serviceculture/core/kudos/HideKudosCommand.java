package io.serviceculture.core.kudos;

import io.serviceculture.core.common.InvalidInputException;

/** A moderator's request to hide a kudos, with the reason the giver will be told. */
public record HideKudosCommand(long kudosId, String reason) {
    public static final int MAX_REASON_LENGTH = 500;

    public HideKudosCommand {
        reason = reason.strip();
        if (reason.isEmpty() || reason.codePointCount(0, reason.length()) > MAX_REASON_LENGTH) {
            throw InvalidInputException.onField(
                    "reason", "service-culture.kudos.error.reason.length", 1, MAX_REASON_LENGTH);
        }
        if (kudosId < 1) {
            throw new IllegalArgumentException("kudos ids start at 1");
        }
    }
}
