package com.atlassian.jira.issue;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.ofbiz.core.entity.GenericEntityException;

/** Finds issues by id or key, and lists a project's issue ids. */
public interface IssueManager {
    @Nullable
    MutableIssue getIssueObject(@Nullable Long id);

    @Nullable
    MutableIssue getIssueObject(@Nullable String key);

    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;
}
