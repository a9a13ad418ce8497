package io.serviceculture.standalone.services;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.JiraStore;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Jira's {@code IssueManager} over the host's issues. */
public final class HostIssueManager implements IssueManager {
    private final JiraStore jira;

    public HostIssueManager(JiraStore jira) {
        this.jira = jira;
    }

    @Override
    public @Nullable MutableIssue getIssueObject(@Nullable Long id) {
        return id == null ? null : jira.issue(id).map(JiraIssue::new).orElse(null);
    }

    @Override
    public @Nullable MutableIssue getIssueObject(@Nullable String key) {
        return key == null ? null : jira.issueByKey(key).map(JiraIssue::new).orElse(null);
    }

    @Override
    public Collection<Long> getIssueIdsForProject(Long projectId) {
        return jira.issues().stream()
                .filter(issue -> issue.projectId() == projectId)
                .map(HostIssue::id)
                .toList();
    }

    /** Jira's issue object over a host issue; equal by id. */
    public static final class JiraIssue implements MutableIssue {
        private final HostIssue issue;

        public JiraIssue(HostIssue issue) {
            this.issue = issue;
        }

        public HostIssue hostIssue() {
            return issue;
        }

        @Override
        public Long getId() {
            return issue.id();
        }

        @Override
        public String getKey() {
            return issue.key();
        }

        @Override
        public String getSummary() {
            return issue.summary();
        }

        @Override
        public Timestamp getCreated() {
            return Timestamp.from(issue.created());
        }

        @Override
        public @Nullable String getReporterId() {
            return issue.reporterKey().orElse(null);
        }

        @Override
        public @Nullable String getAssigneeId() {
            return issue.assigneeKey().orElse(null);
        }

        @Override
        public Status getStatus() {
            return new HostStatus(issue.status());
        }

        @Override
        public Project getProjectObject() {
            return new HostProjectObject(issue.projectId(), issue.projectKey());
        }

        @Override
        public IssueType getIssueType() {
            String name = issue.timeline().facts().issueType();
            return () -> name;
        }

        @Override
        public Priority getPriority() {
            String name = issue.timeline().facts().priority();
            return () -> name;
        }

        @Override
        public Set<Label> getLabels() {
            return issue.timeline().facts().labels().stream()
                    .map(HostLabel::new)
                    .collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public Collection<ProjectComponent> getComponents() {
            return issue.timeline().facts().components().stream()
                    .sorted()
                    .<ProjectComponent>map(name -> () -> name)
                    .toList();
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof JiraIssue && ((JiraIssue) o).issue.id() == issue.id();
        }

        @Override
        public int hashCode() {
            return Objects.hash(issue.id());
        }

        @Override
        public String toString() {
            return issue.key();
        }
    }
}
