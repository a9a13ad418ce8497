package io.serviceculture.standalone.services;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.jira.JiraStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Jira's {@code ChangeHistoryManager} over the changelogs the importer read into each issue's timeline: the
 * status, assignee and resolution changes, grouped back into change groups by time and author.
 */
public final class HostChangeHistoryManager implements ChangeHistoryManager {
    private final JiraStore jira;

    public HostChangeHistoryManager(JiraStore jira) {
        this.jira = jira;
    }

    @Override
    public List<ChangeHistory> getChangeHistories(Issue issue) {
        if (issue.getId() == null) {
            return List.of();
        }
        return jira.issue(issue.getId())
                .map(HostChangeHistoryManager::histories)
                .orElse(List.of());
    }

    private static List<ChangeHistory> histories(HostIssue issue) {
        List<ChangeHistory> groups = new ArrayList<>();
        @Nullable HostChangeHistory current = null;
        for (IssueEvent event : issue.timeline().events()) {
            Optional<HostChangeItem> item = item(event);
            if (item.isEmpty()) {
                continue;
            }
            if (current == null || !current.at.equals(event.at()) || !current.author.equals(event.actor())) {
                current = new HostChangeHistory(event.at(), event.actor());
                groups.add(current);
            }
            current.items.add(item.get());
        }
        return groups;
    }

    private static Optional<HostChangeItem> item(IssueEvent event) {
        if (event instanceof IssueEvent.StatusChanged status) {
            StatusRef from = status.from();
            StatusRef to = status.to();
            return Optional.of(new HostChangeItem("status", from.id(), from.name(), to.id(), to.name()));
        }
        if (event instanceof IssueEvent.AssigneeChanged assignee) {
            String from = assignee.from().map(UserKey::value).orElse(null);
            String to = assignee.to().map(UserKey::value).orElse(null);
            return Optional.of(new HostChangeItem("assignee", from, from, to, to));
        }
        if (event instanceof IssueEvent.ResolutionSet resolution) {
            // the importer keeps the resolution's name only; Jira would give its id as the raw value
            return Optional.of(
                    new HostChangeItem("resolution", null, null, resolution.resolution(), resolution.resolution()));
        }
        if (event instanceof IssueEvent.ResolutionCleared) {
            return Optional.of(new HostChangeItem("resolution", null, null, null, null));
        }
        return Optional.empty();
    }

    /** One change group. */
    static final class HostChangeHistory extends ChangeHistory {
        private final Instant at;
        private final Optional<UserKey> author;
        private final List<ChangeItemBean> items = new ArrayList<>();

        HostChangeHistory(Instant at, Optional<UserKey> author) {
            this.at = at;
            this.author = author;
        }

        @Override
        public @Nullable String getAuthorKey() {
            return author.map(UserKey::value).orElse(null);
        }

        @Override
        public Timestamp getTimePerformed() {
            return Timestamp.from(at);
        }

        @Override
        public List<ChangeItemBean> getChangeItemBeans() {
            return List.copyOf(items);
        }
    }

    /** One field's change. */
    static final class HostChangeItem extends ChangeItemBean {
        private final String field;
        private final @Nullable String from;
        private final @Nullable String fromString;
        private final @Nullable String to;
        private final @Nullable String toString;

        HostChangeItem(
                String field,
                @Nullable String from,
                @Nullable String fromString,
                @Nullable String to,
                @Nullable String toString) {
            this.field = field;
            this.from = from;
            this.fromString = fromString;
            this.to = to;
            this.toString = toString;
        }

        @Override
        public String getField() {
            return field;
        }

        @Override
        public @Nullable String getFrom() {
            return from;
        }

        @Override
        public @Nullable String getFromString() {
            return fromString;
        }

        @Override
        public @Nullable String getTo() {
            return to;
        }

        @Override
        public @Nullable String getToString() {
            return toString;
        }

        @Override
        public String toString() {
            return field + ": " + Objects.toString(fromString) + " -> " + Objects.toString(toString);
        }
    }
}
