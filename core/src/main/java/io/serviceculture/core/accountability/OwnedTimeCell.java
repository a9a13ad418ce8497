package io.serviceculture.core.accountability;

import java.util.OptionalDouble;

/**
 * The owned-time figure of a matrix cell: the provider's mean owned working hours per issue of the cell that a
 * resolution clock measured, raw and normalised by priority.
 *
 * @param issues how many of the cell's issues had a resolution clock (n of this figure)
 * @param totalHours the sum of those issues' owned hours, so a drill-down can show it adds up
 * @param normalisedSum the sum of the issues' normalised values that are defined
 * @param normalisedIssues how many issues had a defined normalised value
 * @param lowConfidence fewer issues than the admin's threshold
 */
public record OwnedTimeCell(
        CellKey key, int issues, double totalHours, double normalisedSum, int normalisedIssues, boolean lowConfidence) {
    public OwnedTimeCell {
        if (issues < 0 || normalisedIssues < 0 || normalisedIssues > issues) {
            throw new IllegalArgumentException(
                    "counts of issues are 0 ≤ normalised ≤ n, got " + normalisedIssues + " of " + issues);
        }
    }

    /** Mean owned hours per issue; empty when no issue of the cell had a resolution clock. */
    public OptionalDouble meanHours() {
        return issues == 0 ? OptionalDouble.empty() : OptionalDouble.of(totalHours / issues);
    }

    /** Mean normalised owned time (1.0 = typical for the priorities); empty when none is defined. */
    public OptionalDouble index() {
        return normalisedIssues == 0 ? OptionalDouble.empty() : OptionalDouble.of(normalisedSum / normalisedIssues);
    }
}
