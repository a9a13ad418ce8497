package io.serviceculture.core.accountability;

import java.util.Optional;

/** The service ratings, one per issue. */
public interface RatingStorePort {
    Optional<ServiceRating> find(long issueId);

    /** Stores the issue's first rating; false, storing nothing, when the issue already has one. */
    boolean insert(ServiceRating rating);

    /** Changes the issue's stored rating. */
    void update(ServiceRating rating);
}
