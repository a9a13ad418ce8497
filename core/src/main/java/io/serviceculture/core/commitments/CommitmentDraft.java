package io.serviceculture.core.commitments;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.UserKey;

/** What a person writes when they add or edit a commitment. */
public record CommitmentDraft(
        UserKey owner, Period period, String text, Target target, CommitmentVisibility visibility) {
    public static final int MAX_TEXT = 500;

    public CommitmentDraft {
        text = text.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw InvalidInputException.onField("text", "service-culture.commitments.error.text", MAX_TEXT);
        }
    }
}
