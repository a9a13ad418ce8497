package io.serviceculture.core.accountability;

import io.serviceculture.core.common.InvalidInputException;
import java.util.OptionalDouble;

/**
 * How much each component counts in the score. Components without data in a cell drop out and the remaining
 * weights are scaled up to sum to the whole again, so a missing rating neither helps nor hurts a team.
 */
public record ScoreWeights(int attainment, int ownership, int reopens, int rating) {
    /** Weights are relative, so a small cap loses nothing and keeps every sum far from overflowing. */
    public static final int MAX_WEIGHT = 1000;

    public ScoreWeights {
        if (attainment < 0 || ownership < 0 || reopens < 0 || rating < 0) {
            throw InvalidInputException.onField(
                    "weights", "service-culture.accountability.settings.error.weights.negative");
        }
        if (attainment > MAX_WEIGHT || ownership > MAX_WEIGHT || reopens > MAX_WEIGHT || rating > MAX_WEIGHT) {
            throw InvalidInputException.onField(
                    "weights", "service-culture.accountability.settings.error.weights.too-large", MAX_WEIGHT);
        }
        if (attainment + ownership + reopens + rating == 0) {
            throw InvalidInputException.onField(
                    "weights", "service-culture.accountability.settings.error.weights.zero");
        }
    }

    public static ScoreWeights defaults() {
        return new ScoreWeights(50, 20, 15, 15);
    }

    /** The score 0–100 of the summed components, or empty when no weighted component has data. */
    public OptionalDouble score(Components components) {
        double weighted = 0;
        int weights = 0;
        if (attainment > 0 && components.attainment().hasData()) {
            weighted += attainment * components.attainment().ratio();
            weights += attainment;
        }
        if (ownership > 0 && components.ownership().hasData()) {
            weighted += ownership * components.ownership().ratio();
            weights += ownership;
        }
        if (reopens > 0 && components.reopens().hasData()) {
            weighted += reopens * (1 - components.reopens().ratio());
            weights += reopens;
        }
        if (rating > 0 && components.rating().hasData()) {
            weighted += rating * components.rating().ratio();
            weights += rating;
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * weighted / weights);
    }
}
