package io.serviceculture.standalone.services;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.serviceculture.standalone.jira.JiraStore;
import java.util.List;

/** Jira's {@code ProjectManager} over the host's projects, ordered by key. */
public final class HostProjectManager implements ProjectManager {
    private final JiraStore jira;

    public HostProjectManager(JiraStore jira) {
        this.jira = jira;
    }

    @Override
    public List<Project> getProjectObjects() {
        return jira.projects().stream()
                .<Project>map(project -> new HostProjectObject(project.id(), project.key()))
                .toList();
    }
}
