package io.serviceculture.core.commitments;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;

/**
 * One change to a commitment, kept after the commitment is deleted so that deletions stay on record.
 *
 * @param detail what changed, in words the app wrote (the text at creation or edit, the note of a check-in)
 */
public record HistoryEntry(long commitmentId, Action action, UserKey by, Instant at, String detail) {
    public enum Action {
        CREATED,
        EDITED,
        CHECKED_IN,
        SIGNED_OFF,
        DELETED
    }
}
