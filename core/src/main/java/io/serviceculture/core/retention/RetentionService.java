package io.serviceculture.core.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Applies the retention policy: purges, batch by batch, what is older than the policy allows. */
public final class RetentionService {
    public static final int DEFAULT_BATCH = 500;

    private final RetentionPurgePort purge;
    private final Clock clock;
    private final int batch;

    public RetentionService(RetentionPurgePort purge, Clock clock) {
        this(purge, clock, DEFAULT_BATCH);
    }

    public RetentionService(RetentionPurgePort purge, Clock clock, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("a batch holds at least one row");
        }
        this.purge = purge;
        this.clock = clock;
        this.batch = batch;
    }

    /** What one run purged. */
    public record Purged(int kudos, int ratings) {
        public static final Purged NOTHING = new Purged(0, 0);
    }

    public Purged apply(RetentionPolicy policy) {
        Optional<Instant> cutoff = policy.cutoff(clock);
        if (cutoff.isEmpty()) {
            return Purged.NOTHING;
        }
        int kudos = 0;
        int deleted;
        do {
            deleted = purge.purgeKudosGivenBefore(cutoff.get(), batch);
            kudos += deleted;
        } while (deleted == batch);
        int ratings = 0;
        do {
            deleted = purge.purgeRatingsBefore(cutoff.get(), batch);
            ratings += deleted;
        } while (deleted == batch);
        return new Purged(kudos, ratings);
    }
}
