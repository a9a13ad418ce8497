package io.serviceculture.core.standards;

/** Why an interval of a clock counted or not. */
public enum IntervalReason {
    COUNTED,
    OUTSIDE_WORKING_HOURS,
    HOLIDAY,
    WAITING_FOR_CLIENT,
    WAITING_FOR_THIRD_PARTY;

    static IntervalReason pausedFor(PauseReason reason) {
        return reason == PauseReason.WAITING_FOR_CLIENT ? WAITING_FOR_CLIENT : WAITING_FOR_THIRD_PARTY;
    }
}
