package io.serviceculture.core.commitments;

/** How a commitment is doing, from its progress against the time elapsed; thresholds in {@link Measurement}. */
public enum Status {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** A rate with nothing to measure yet, such as attainment before any cycle completed. */
    NO_DATA
}
