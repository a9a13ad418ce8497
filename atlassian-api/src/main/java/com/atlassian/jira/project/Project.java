package com.atlassian.jira.project;

/** A Jira project, by what the app reads of it. */
public interface Project {
    Long getId();

    String getKey();
}
