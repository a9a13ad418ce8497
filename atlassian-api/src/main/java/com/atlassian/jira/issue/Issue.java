package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A Jira issue, by what the app reads of it. */
public interface Issue {
    @Nullable
    Long getId();

    @Nullable
    String getKey();

    @Nullable
    String getSummary();

    @Nullable
    Timestamp getCreated();

    @Nullable
    String getReporterId();

    @Nullable
    String getAssigneeId();

    @Nullable
    Status getStatus();

    @Nullable
    Project getProjectObject();

    @Nullable
    IssueType getIssueType();

    @Nullable
    Priority getPriority();

    Set<Label> getLabels();

    Collection<ProjectComponent> getComponents();
}
