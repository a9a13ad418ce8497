package io.serviceculture.core.accountability;

import io.serviceculture.core.issues.IssueTimeline;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the accountability figures read about one issue: its timeline, its standard attainment if a
 * standard applies, and the client's service rating (1–5) if they gave one.
 */
public record AccountabilityInput(IssueTimeline timeline, Optional<StandardAttainment> attainment, OptionalInt rating) {
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    public AccountabilityInput {
        if (rating.isPresent() && (rating.getAsInt() < MIN_RATING || rating.getAsInt() > MAX_RATING)) {
            throw new IllegalArgumentException("a service rating is 1 to 5, got " + rating.getAsInt());
        }
    }

    public static AccountabilityInput of(IssueTimeline timeline) {
        return new AccountabilityInput(timeline, Optional.empty(), OptionalInt.empty());
    }
}
