package io.serviceculture.core.standards;

/** What starts a metric's cycle, when no cycle of that metric is running. */
public enum StartTrigger {
    /** The issue was created. */
    ISSUE_CREATED,
    /** The issue's resolution was cleared (a reopen), which starts a new cycle. */
    ISSUE_REOPENED
}
