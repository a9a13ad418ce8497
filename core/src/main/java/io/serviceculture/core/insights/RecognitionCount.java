package io.serviceculture.core.insights;

import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.UserKey;

/**
 * How many visible kudos one giver gave one receiver for one company value in a period, as the store adds them up.
 * A kudos to three people is three recognitions; hidden kudos are never counted.
 */
public record RecognitionCount(UserKey giver, Receiver receiver, String valueId, long count) {
    public RecognitionCount {
        if (count < 1) {
            throw new IllegalArgumentException("a recognition count is at least 1");
        }
        if (valueId.isBlank()) {
            throw new IllegalArgumentException("a recognition names a value");
        }
    }
}
