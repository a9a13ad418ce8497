package io.serviceculture.standalone.services;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;

/** Jira's {@code IssueEvent}, as the host publishes it when one of its issues changes. */
public final class HostIssueEvent extends IssueEvent {
    private final Issue issue;

    public HostIssueEvent(Issue issue) {
        this.issue = issue;
    }

    @Override
    public Issue getIssue() {
        return issue;
    }

    @Override
    public String toString() {
        return "IssueEvent(" + issue + ")";
    }
}
