package io.serviceculture.core.commitments;

/** How long a commitment runs: calendar quarter, half year, year, or any span of days. */
public enum PeriodKind {
    QUARTER,
    HALF,
    YEAR,
    CUSTOM
}
