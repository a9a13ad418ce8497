package com.atlassian.jira.issue;

/** What {@link IssueManager} returns; the app only reads it as an {@link Issue}. */
public interface MutableIssue extends Issue {}
