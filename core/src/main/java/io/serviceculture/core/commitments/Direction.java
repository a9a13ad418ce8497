package io.serviceculture.core.commitments;

/** Whether a measured target is a floor (attainment, issues resolved) or a ceiling (minutes, hand-offs). */
public enum Direction {
    AT_LEAST,
    AT_MOST
}
