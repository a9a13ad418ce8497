package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import org.jspecify.annotations.Nullable;

/** Jira's issue constants, by what the app reads of them. */
public interface ConstantsManager {
    @Nullable
    Status getStatus(String id);
}
