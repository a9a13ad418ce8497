package io.serviceculture.core.accountability;

import io.serviceculture.core.common.InvalidInputException;
import java.time.Duration;

/**
 * What an admin tunes about accountability.
 *
 * @param reopenWindow a resolution cleared within this long of being set counts as a reopen (inclusive)
 * @param lowConfidenceBelow cells with fewer issues than this are marked low confidence
 */
public record AccountabilitySettings(Duration reopenWindow, ScoreWeights weights, int lowConfidenceBelow) {
    public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(14);
    public static final Duration MAX_REOPEN_WINDOW = Duration.ofDays(365);
    public static final int DEFAULT_LOW_CONFIDENCE_BELOW = 10;
    public static final int MAX_LOW_CONFIDENCE_BELOW = 1000;

    public AccountabilitySettings {
        if (reopenWindow.isNegative() || reopenWindow.compareTo(MAX_REOPEN_WINDOW) > 0) {
            throw InvalidInputException.onField(
                    "reopenWindow",
                    "service-culture.accountability.settings.error.reopen-window",
                    MAX_REOPEN_WINDOW.toDays());
        }
        if (lowConfidenceBelow < 0 || lowConfidenceBelow > MAX_LOW_CONFIDENCE_BELOW) {
            throw InvalidInputException.onField(
                    "lowConfidenceBelow",
                    "service-culture.accountability.settings.error.low-confidence",
                    MAX_LOW_CONFIDENCE_BELOW);
        }
    }

    public static AccountabilitySettings defaults() {
        return new AccountabilitySettings(DEFAULT_REOPEN_WINDOW, ScoreWeights.defaults(), DEFAULT_LOW_CONFIDENCE_BELOW);
    }

    public AccountabilitySettings withReopenWindow(Duration window) {
        return new AccountabilitySettings(window, weights, lowConfidenceBelow);
    }

    public AccountabilitySettings withWeights(ScoreWeights newWeights) {
        return new AccountabilitySettings(reopenWindow, newWeights, lowConfidenceBelow);
    }
}
