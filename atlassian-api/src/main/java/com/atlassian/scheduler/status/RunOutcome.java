package com.atlassian.scheduler.status;

/** How a job run ended. */
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
