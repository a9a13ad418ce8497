package io.serviceculture.standalone.services;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.standalone.jira.JiraStore;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Jira's {@code PermissionManager} for the one permission the host models: browsing, through the groups each
 * project's permission scheme names. Every other permission is refused.
 */
public final class HostPermissionManager implements PermissionManager {
    private final JiraStore jira;

    public HostPermissionManager(JiraStore jira) {
        this.jira = jira;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, @Nullable ApplicationUser user) {
        if (!ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey) || user == null || issue.getId() == null) {
            return false;
        }
        return jira.issue(issue.getId())
                .map(i -> jira.canBrowse(Optional.of(user.getKey()), i))
                .orElse(false);
    }
}
