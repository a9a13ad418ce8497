package io.serviceculture.core.accountability;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** How an issue did against its service standards so far; empty when no standard applied to it. */
@FunctionalInterface
public interface AttainmentPort {
    Optional<StandardAttainment> attainment(long issueId);

    /** The attainment of each of a page of issues that has one, read at once for a rebuild. */
    default Map<Long, StandardAttainment> attainments(Collection<Long> issueIds) {
        Map<Long, StandardAttainment> found = new HashMap<>();
        for (long issueId : issueIds) {
            attainment(issueId).ifPresent(a -> found.put(issueId, a));
        }
        return found;
    }
}
