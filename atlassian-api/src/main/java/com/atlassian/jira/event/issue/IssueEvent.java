package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import org.jspecify.annotations.Nullable;

/** Something happened to an issue (created, updated, commented, transitioned…). A class in Jira, hence here. */
public class IssueEvent {
    protected IssueEvent() {}

    public @Nullable Issue getIssue() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    /** Which {@code EventType} this is, e.g. {@code EventType.ISSUE_DELETED_ID}. */
    public @Nullable Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
