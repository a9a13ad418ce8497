package io.serviceculture.plugin.accountability;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.serviceculture.core.accountability.IssueCatalogPort;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.ofbiz.core.entity.GenericEntityException;

/** Every issue in Jira, project by project, in ascending id within each project. */
@Named
public class JiraIssueCatalog implements IssueCatalogPort {
    private final ProjectManager projects;
    private final IssueManager issues;

    @Inject
    public JiraIssueCatalog(ProjectManager projects, IssueManager issues) {
        this.projects = projects;
        this.issues = issues;
    }

    @Override
    public List<Long> allIssueIds() {
        List<Long> ids = new ArrayList<>();
        for (Project project : projects.getProjectObjects()) {
            try {
                issues.getIssueIdsForProject(project.getId()).stream().sorted().forEach(ids::add);
            } catch (GenericEntityException e) {
                throw new IllegalStateException("Cannot list the issues of project " + project.getKey(), e);
            }
        }
        return ids;
    }
}
