package io.serviceculture.core.accountability;

import java.util.OptionalDouble;

/**
 * A provider × client cell of the matrix for a period.
 *
 * @param issues how many issues count in the cell (n)
 * @param score 0–100, empty when no weighted component has data
 * @param lowConfidence fewer issues than the admin's threshold (10 by default)
 */
public record Cell(CellKey key, Components components, int issues, OptionalDouble score, boolean lowConfidence) {
    static Cell of(CellKey key, Components components, int issues, AccountabilitySettings settings) {
        return new Cell(
                key, components, issues, settings.weights().score(components), issues < settings.lowConfidenceBelow());
    }
}
