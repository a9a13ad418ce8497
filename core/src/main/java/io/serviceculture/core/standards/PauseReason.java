package io.serviceculture.core.standards;

/** Why a clock stands still: the ball is in someone else's court, so the provider is not held to the time. */
public enum PauseReason {
    WAITING_FOR_CLIENT,
    WAITING_FOR_THIRD_PARTY
}
