package io.serviceculture.core.commitments;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * A note on how a commitment is going, by its owner or their manager, with the progress they report in percent;
 * a milestone commitment's progress is the latest one reported.
 */
public record CheckIn(UserKey author, Instant at, String note, OptionalInt progress) {
    public static final int MAX_NOTE = 2000;

    public CheckIn {
        note = note.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw InvalidInputException.onField("note", "service-culture.commitments.error.note", MAX_NOTE);
        }
        if (progress.isPresent() && (progress.getAsInt() < 0 || progress.getAsInt() > 100)) {
            throw InvalidInputException.onField("progress", "service-culture.commitments.error.progress");
        }
    }
}
