package io.serviceculture.core.issues;

import io.serviceculture.core.people.UserKey;

/**
 * Whether a person may browse an issue (Jira's browse permission and issue security). Every list or figure
 * that names an issue asks it first: aggregates may count issues a viewer cannot see but never name them.
 */
public interface IssueVisibilityPort {
    boolean canBrowse(UserKey viewer, long issueId);
}
