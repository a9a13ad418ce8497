package com.atlassian.jira.event;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.jspecify.annotations.Nullable;

/** Published once Jira has deleted a project and its issues. */
public class ProjectDeletedEvent {
    private final Long id;
    private final String key;

    public ProjectDeletedEvent(@Nullable ApplicationUser user, Project oldProject) {
        this.id = oldProject.getId();
        this.key = oldProject.getKey();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }
}
