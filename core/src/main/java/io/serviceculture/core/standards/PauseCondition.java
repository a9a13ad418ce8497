package io.serviceculture.core.standards;

import io.serviceculture.core.common.InvalidInputException;
import java.util.Set;

/** The clock stands still, for the given reason, while the issue is in any of these statuses (by status id). */
public record PauseCondition(PauseReason reason, Set<String> statusIds) {
    public PauseCondition {
        statusIds = Set.copyOf(statusIds);
        if (statusIds.isEmpty()) {
            throw InvalidInputException.onField(
                    "pauses", "service-culture.standards.metric.error.pause.no-status", reason);
        }
    }
}
