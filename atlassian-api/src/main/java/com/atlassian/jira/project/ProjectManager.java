package com.atlassian.jira.project;

import java.util.List;

/** Jira's projects; the app lists them to walk every issue when it rebuilds its figures from history. */
public interface ProjectManager {
    List<Project> getProjectObjects();
}
