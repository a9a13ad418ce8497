package com.atlassian.jira.issue;

import org.jspecify.annotations.Nullable;

/** A Jira issue, by what the app reads of it. */
public interface Issue {
    @Nullable
    Long getId();

    @Nullable
    String getKey();

    @Nullable
    String getSummary();
}
