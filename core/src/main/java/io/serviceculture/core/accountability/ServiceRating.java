package io.serviceculture.core.accountability;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;

/**
 * A client's rating of the service an issue got: 1–5 stars and an optional comment, given by the reporter once
 * the issue is resolved.
 *
 * @param created when it was first given, which starts the window in which the reporter may still change it
 */
public record ServiceRating(long issueId, UserKey rater, int stars, String comment, Instant created, Instant updated) {
    public static final int MAX_COMMENT = 1000;

    public ServiceRating {
        if (stars < AccountabilityInput.MIN_RATING || stars > AccountabilityInput.MAX_RATING) {
            throw InvalidInputException.onField(
                    "stars",
                    "service-culture.accountability.rating.error.stars",
                    AccountabilityInput.MIN_RATING,
                    AccountabilityInput.MAX_RATING);
        }
        comment = comment.strip();
        if (comment.length() > MAX_COMMENT) {
            throw InvalidInputException.onField(
                    "comment", "service-culture.accountability.rating.error.comment-length", MAX_COMMENT);
        }
        if (updated.isBefore(created)) {
            throw new IllegalArgumentException("a rating is updated after it was created");
        }
    }
}
