package io.serviceculture.plugin.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A person's own rows as the app stores them, read for their personal data download. */
public final class StoredRows {
    private StoredRows() {}

    /**
     * A kudos the person gave or received.
     *
     * @param receivers receiver ids as stored: {@code user:<key>} or {@code team:<group>}
     * @param hidden when, and why, HR or an admin hid it
     */
    public record KudosRow(
            long id,
            String giverKey,
            List<String> receivers,
            String valueId,
            String message,
            OptionalLong issueId,
            String visibility,
            Instant givenAt,
            Optional<Hidden> hidden,
            int reactions) {
        public KudosRow {
            receivers = List.copyOf(receivers);
        }
    }

    public record Hidden(Instant at, String reason) {}

    public record ReactionRow(long kudosId, Instant at) {}

    /** @param noticesSeenUpTo the newest kudos id the person dismissed the "kudos received" notice at */
    public record PreferenceRow(boolean leaderboardOptOut, boolean showCounts, long noticesSeenUpTo) {}

    public record RatingRow(long issueId, int stars, String comment, Instant createdAt, Instant updatedAt) {}
}
