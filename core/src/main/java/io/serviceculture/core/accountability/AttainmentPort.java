package io.serviceculture.core.accountability;

import java.util.Optional;

/** How an issue did against its service standards so far; empty when no standard applied to it. */
@FunctionalInterface
public interface AttainmentPort {
    Optional<StandardAttainment> attainment(long issueId);
}
