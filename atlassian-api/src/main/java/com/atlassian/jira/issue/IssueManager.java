package com.atlassian.jira.issue;

import org.jspecify.annotations.Nullable;

/** Finds issues by id or key. */
public interface IssueManager {
    @Nullable
    MutableIssue getIssueObject(@Nullable Long id);

    @Nullable
    MutableIssue getIssueObject(@Nullable String key);
}
