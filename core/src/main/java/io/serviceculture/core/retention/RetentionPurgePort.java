package io.serviceculture.core.retention;

import java.time.Instant;

/**
 * Deletes old rows a batch at a time, each batch in its own transaction, so that a purge of years of data never
 * holds one long transaction or lock.
 */
public interface RetentionPurgePort {
    /**
     * Deletes up to {@code limit} kudos given before {@code cutoff}, with their receivers, reactions and
     * moderation records (the notices of kudos received are read from the kudos, so they go with them).
     *
     * @return how many kudos were deleted; fewer than {@code limit} means none older is left
     */
    int purgeKudosGivenBefore(Instant cutoff, int limit);

    /**
     * Deletes up to {@code limit} service ratings last changed before {@code cutoff}.
     *
     * @return how many were deleted
     */
    int purgeRatingsBefore(Instant cutoff, int limit);
}
