package io.serviceculture.core.commitments;

import java.util.OptionalDouble;

/**
 * Where a commitment stands at a moment.
 *
 * <p>Progress runs from 0 to 1. For a floor ({@link Direction#AT_LEAST}) it is actual ÷ target, capped at 1; for a
 * ceiling ({@link Direction#AT_MOST}) it is 1 while the actual is within the target and target ÷ actual beyond it;
 * for milestones it is the progress last reported in a check-in (0 before any).
 *
 * <p>Status compares progress with what is expected by now: for counts and milestones, the share of the period
 * elapsed (half way through, half the target); for levels (attainment, median, hand-offs), the whole target,
 * since a rate must hold all along. With gap = expected − progress:
 *
 * <ul>
 *   <li>{@link Status#ON_TRACK}: gap ≤ {@value #ON_TRACK_GAP};
 *   <li>{@link Status#AT_RISK}: gap ≤ {@value #AT_RISK_GAP};
 *   <li>{@link Status#OFF_TRACK}: more;
 *   <li>{@link Status#NO_DATA}: a level with nothing to measure yet.
 * </ul>
 *
 * @param actual the measured figure (percent, minutes, hand-offs per issue, count), empty for milestones and when
 *     there is nothing to measure
 * @param sample what the figure was computed over: cycles, issues, kudos, or check-ins
 * @param elapsed the share of the period passed, 0 to 1
 * @param lowConfidence the figure rests on fewer issues than the accountability threshold (for team owned hours,
 *     which share the matrix's confidence rule); always false for the other measures
 */
public record Measurement(
        OptionalDouble actual,
        long sample,
        OptionalDouble progress,
        double elapsed,
        Status status,
        boolean lowConfidence) {
    public static final double ON_TRACK_GAP = 0.05;
    public static final double AT_RISK_GAP = 0.20;
    /** Binary fractions make 1 − 0.95 a hair above 0.05; a threshold reached exactly must count as reached. */
    private static final double TOLERANCE = 1e-9;

    static Measurement of(OptionalDouble actual, long sample, OptionalDouble progress, double elapsed, boolean count) {
        return of(actual, sample, progress, elapsed, count, false);
    }

    static Measurement of(
            OptionalDouble actual,
            long sample,
            OptionalDouble progress,
            double elapsed,
            boolean count,
            boolean lowConfidence) {
        if (progress.isEmpty()) {
            return new Measurement(actual, sample, progress, elapsed, Status.NO_DATA, lowConfidence);
        }
        double expected = count ? elapsed : 1.0;
        double gap = expected - progress.getAsDouble();
        Status status;
        if (gap <= ON_TRACK_GAP + TOLERANCE) {
            status = Status.ON_TRACK;
        } else if (gap <= AT_RISK_GAP + TOLERANCE) {
            status = Status.AT_RISK;
        } else {
            status = Status.OFF_TRACK;
        }
        return new Measurement(actual, sample, progress, elapsed, status, lowConfidence);
    }
}
