package com.atlassian.jira.bc.project.component;

/** A project component, by what the app reads of it. */
public interface ProjectComponent {
    String getName();
}
