package com.atlassian.jira.issue.issuetype;

/** An issue type, by what the app reads of it. */
public interface IssueType {
    String getName();
}
