package io.serviceculture.core.accountability;

import java.time.Duration;

/**
 * What an admin tunes about accountability.
 *
 * @param reopenWindow a resolution cleared within this long of being set counts as a reopen (inclusive)
 * @param lowConfidenceBelow cells with fewer issues than this are marked low confidence
 */
public record AccountabilitySettings(Duration reopenWindow, ScoreWeights weights, int lowConfidenceBelow) {
    public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(14);
    public static final int DEFAULT_LOW_CONFIDENCE_BELOW = 10;

    public AccountabilitySettings {
        if (reopenWindow.isNegative()) {
            throw new IllegalArgumentException("the reopen window is never negative");
        }
        if (lowConfidenceBelow < 0) {
            throw new IllegalArgumentException("the low-confidence threshold is never negative");
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
