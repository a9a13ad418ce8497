package io.serviceculture.standalone.services;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;

/** Jira's {@code IssueEvent}, as the host publishes it when one of its issues changes. */
public final class HostIssueEvent extends IssueEvent {
    /** Jira's {@code EventType} ids of the events the host publishes. */
    public static final long UPDATED = 2L;

    public static final long COMMENTED = 6L;
    public static final long DELETED = 8L;
    public static final long MOVED = 9L;

    private final Issue issue;
    private final Long eventTypeId;

    public HostIssueEvent(Issue issue) {
        this(issue, UPDATED);
    }

    public HostIssueEvent(Issue issue, long eventTypeId) {
        this.issue = issue;
        this.eventTypeId = eventTypeId;
    }

    @Override
    public Issue getIssue() {
        return issue;
    }

    @Override
    public Long getEventTypeId() {
        return eventTypeId;
    }

    @Override
    public String toString() {
        return "IssueEvent(" + eventTypeId + ", " + issue + ")";
    }
}
