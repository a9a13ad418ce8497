package com.atlassian.jira.event.type;

/** The ids of Jira's issue event types the app tells apart; Jira declares them as boxed {@code Long} constants. */
public final class EventType {
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;

    private EventType() {}
}
