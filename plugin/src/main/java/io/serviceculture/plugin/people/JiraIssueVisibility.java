package io.serviceculture.plugin.people;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.people.UserKey;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** Browse permission as Jira decides it: project permission schemes and issue security levels. */
@Named
public class JiraIssueVisibility implements IssueVisibilityPort {
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final UserManager users;

    @Inject
    public JiraIssueVisibility(IssueManager issues, PermissionManager permissions, UserManager users) {
        this.issues = issues;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public boolean canBrowse(UserKey viewer, long issueId) {
        return browsable(viewer, issues.getIssueObject(issueId)).isPresent();
    }

    /** The issue with this key if the viewer may browse it; an issue they may not see does not exist for them. */
    public Optional<Issue> findBrowsable(UserKey viewer, String issueKey) {
        return browsable(viewer, issues.getIssueObject(issueKey));
    }

    public Optional<Issue> findBrowsable(UserKey viewer, long issueId) {
        return browsable(viewer, issues.getIssueObject(issueId));
    }

    private Optional<Issue> browsable(UserKey viewer, Issue issue) {
        if (issue == null) {
            return Optional.empty();
        }
        ApplicationUser user = users.getUserByKey(viewer.value());
        return user != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)
                ? Optional.of(issue)
                : Optional.empty();
    }
}
