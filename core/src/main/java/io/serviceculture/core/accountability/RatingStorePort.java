package io.serviceculture.core.accountability;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The service ratings, one per issue. */
public interface RatingStorePort {
    Optional<ServiceRating> find(long issueId);

    /** The ratings of a page of issues, by issue id, read at once for a rebuild; unrated issues are absent. */
    default Map<Long, ServiceRating> findAll(Collection<Long> issueIds) {
        Map<Long, ServiceRating> found = new HashMap<>();
        for (long issueId : issueIds) {
            find(issueId).ifPresent(r -> found.put(issueId, r));
        }
        return found;
    }

    /** Stores the issue's first rating; false, storing nothing, when the issue already has one. */
    boolean insert(ServiceRating rating);

    /** Changes the issue's stored rating. */
    void update(ServiceRating rating);
}
