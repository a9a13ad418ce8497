package io.serviceculture.core.standards;

/** Why an interval of a clock counted or not. */
public enum IntervalReason {
    COUNTED,
    OUTSIDE_WORKING_HOURS,
    HOLIDAY,
    WAITING_FOR_CLIENT,
    WAITING_FOR_THIRD_PARTY,
    /** In one team's view of a clock: working time that counted while another team owned the issue. */
    OWNED_BY_ANOTHER_TEAM,
    /** In one team's view of a clock: working time that counted while nobody owned the issue. */
    OWNED_BY_NOBODY;

    static IntervalReason pausedFor(PauseReason reason) {
        return reason == PauseReason.WAITING_FOR_CLIENT ? WAITING_FOR_CLIENT : WAITING_FOR_THIRD_PARTY;
    }
}
