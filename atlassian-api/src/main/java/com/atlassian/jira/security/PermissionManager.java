package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import org.jspecify.annotations.Nullable;

/** Answers whether a user holds a permission. */
public interface PermissionManager {
    /** Project permission on an issue, including issue-level security. */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, @Nullable ApplicationUser user);
}
