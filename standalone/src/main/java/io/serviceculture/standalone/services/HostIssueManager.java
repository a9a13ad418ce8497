package io.serviceculture.standalone.services;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.JiraStore;
import java.util.Objects;
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
