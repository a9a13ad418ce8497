package com.atlassian.jira.issue.status.category;

/** One of Jira's status categories; the keys are {@code new}, {@code indeterminate} and {@code done}. */
public interface StatusCategory {
    String getKey();
}
