package com.atlassian.jira.project;

import java.util.List;

/**
 * Jira's projects; only what the app calls is mirrored, following
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/project/ProjectManager.html.
 */
public interface ProjectManager {
    /** Every project. */
    List<Project> getProjectObjects();
}
