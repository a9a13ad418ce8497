package com.atlassian.jira.issue.priority;

/** An issue priority, by what the app reads of it. */
public interface Priority {
    String getName();
}
