package io.serviceculture.core.kudos;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.UserKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;

/**
 * A request to give kudos, valid by construction: the message is trimmed and 1–1000 characters, there is at
 * least one receiver and no receiver twice, and the client's request id makes a retried request harmless.
 */
public record GiveKudosCommand(
        UserKey giver,
        List<Receiver> receivers,
        String valueId,
        String message,
        OptionalLong issueId,
        Visibility visibility,
        String clientRequestId) {

    public static final int MAX_MESSAGE_LENGTH = 1000;
    public static final int MAX_RECEIVERS = 20;
    public static final int MAX_REQUEST_ID_LENGTH = 64;

    public GiveKudosCommand {
        message = message.strip();
        if (message.isEmpty() || message.codePointCount(0, message.length()) > MAX_MESSAGE_LENGTH) {
            throw InvalidInputException.onField(
                    "message", "service-culture.kudos.error.message.length", 1, MAX_MESSAGE_LENGTH);
        }
        receivers = List.copyOf(new LinkedHashSet<>(receivers));
        if (receivers.isEmpty()) {
            throw InvalidInputException.onField("receivers", "service-culture.kudos.error.receivers.empty");
        }
        if (receivers.size() > MAX_RECEIVERS) {
            throw InvalidInputException.onField(
                    "receivers", "service-culture.kudos.error.receivers.too-many", MAX_RECEIVERS);
        }
        if (valueId.isBlank()) {
            throw InvalidInputException.onField("value", "service-culture.kudos.error.value.unknown", valueId);
        }
        if (clientRequestId.isBlank() || clientRequestId.length() > MAX_REQUEST_ID_LENGTH) {
            throw InvalidInputException.onField(
                    "requestId", "service-culture.kudos.error.request-id.invalid", MAX_REQUEST_ID_LENGTH);
        }
        if (issueId.isPresent() && issueId.getAsLong() <= 0) {
            throw InvalidInputException.onField("issue", "service-culture.kudos.error.issue.unknown");
        }
    }
}
