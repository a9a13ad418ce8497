package com.atlassian.jira.issue;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.ofbiz.core.entity.GenericEntityException;

/** Finds issues by id or key. */
public interface IssueManager {
    @Nullable
    MutableIssue getIssueObject(@Nullable Long id);

    @Nullable
    MutableIssue getIssueObject(@Nullable String key);

    /**
     * Every issue id of a project (https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html:
     * {@code Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException}).
     */
    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;
}
