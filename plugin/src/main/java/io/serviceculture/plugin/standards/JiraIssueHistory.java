package io.serviceculture.plugin.standards;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.jspecify.annotations.Nullable;

/**
 * An issue's timeline from Jira's change history (status, assignee and resolution changes) and its comments.
 * The status and assignee an issue was created with are the "from" of their first change, or the current ones
 * when they never changed. A change stamped before the issue's creation (clock skew between nodes) counts as
 * made at creation.
 */
@Named
public class JiraIssueHistory implements IssueHistoryPort {
    static final String STATUS = "status";
    static final String ASSIGNEE = "assignee";
    static final String RESOLUTION = "resolution";

    private final IssueManager issues;
    private final ChangeHistoryManager changeHistory;
    private final CommentManager comments;
    private final ConstantsManager constants;

    @Inject
    public JiraIssueHistory(
            IssueManager issues,
            ChangeHistoryManager changeHistory,
            CommentManager comments,
            ConstantsManager constants) {
        this.issues = issues;
        this.changeHistory = changeHistory;
        this.comments = comments;
        this.constants = constants;
    }

    @Override
    public Optional<IssueTimeline> timeline(long issueId) {
        Issue issue = issues.getIssueObject(issueId);
        return issue == null || issue.getCreated() == null ? Optional.empty() : Optional.of(timelineOf(issue));
    }

    IssueTimeline timelineOf(Issue issue) {
        Instant created = issue.getCreated().toInstant();
        List<IssueEvent> events = new ArrayList<>();
        @Nullable StatusRef firstStatusFrom = null;
        boolean assigneeChanged = false;
        Optional<UserKey> firstAssigneeFrom = Optional.empty();
        for (ChangeHistory change : changeHistory.getChangeHistories(issue)) {
            Instant at = latest(created, change.getTimePerformed().toInstant());
            Optional<UserKey> actor = user(change.getAuthorKey());
            for (ChangeItemBean item : change.getChangeItemBeans()) {
                String field = item.getField().toLowerCase(Locale.ROOT);
                if (field.equals(STATUS) && item.getTo() != null) {
                    StatusRef from = status(item.getFrom(), item.getFromString());
                    if (firstStatusFrom == null) {
                        firstStatusFrom = from;
                    }
                    events.add(new IssueEvent.StatusChanged(at, actor, from, status(item.getTo(), item.getToString())));
                } else if (field.equals(ASSIGNEE)) {
                    if (!assigneeChanged) {
                        assigneeChanged = true;
                        firstAssigneeFrom = user(item.getFrom());
                    }
                    events.add(new IssueEvent.AssigneeChanged(at, actor, user(item.getFrom()), user(item.getTo())));
                } else if (field.equals(RESOLUTION)) {
                    events.add(
                            item.getTo() == null
                                    ? new IssueEvent.ResolutionCleared(at, actor)
                                    : new IssueEvent.ResolutionSet(
                                            at, actor, nameOr(item.getToString(), item.getTo())));
                }
            }
        }
        for (Comment comment : comments.getComments(issue)) {
            boolean restricted = comment.getGroupLevel() != null || comment.getRoleLevelId() != null;
            events.add(new IssueEvent.Commented(
                    latest(created, comment.getCreated().toInstant()), user(comment.getAuthorKey()), restricted));
        }
        StatusRef initialStatus = firstStatusFrom != null ? firstStatusFrom : current(issue.getStatus());
        Optional<UserKey> initialAssignee = assigneeChanged ? firstAssigneeFrom : user(issue.getAssigneeId());
        return new IssueTimeline(
                issue.getId() == null ? 0 : issue.getId(),
                issue.getKey() == null ? "" : issue.getKey(),
                facts(issue),
                user(issue.getReporterId()),
                created,
                initialStatus,
                initialAssignee,
                events);
    }

    private static IssueFacts facts(Issue issue) {
        Set<String> labels = issue.getLabels().stream().map(Label::getLabel).collect(Collectors.toSet());
        Set<String> components =
                issue.getComponents().stream().map(ProjectComponent::getName).collect(Collectors.toSet());
        return new IssueFacts(
                issue.getProjectObject() == null ? "" : issue.getProjectObject().getKey(),
                issue.getIssueType() == null ? "" : issue.getIssueType().getName(),
                issue.getPriority() == null ? "" : issue.getPriority().getName(),
                labels,
                components);
    }

    private StatusRef status(@Nullable String id, @Nullable String name) {
        String statusId = id == null ? "" : id;
        Status known = statusId.isEmpty() ? null : constants.getStatus(statusId);
        // a status deleted since keeps its id and name in the history, but no longer has a category
        return known == null
                ? new StatusRef(statusId, nameOr(name, statusId), StatusCategory.IN_PROGRESS)
                : current(known);
    }

    private static StatusRef current(@Nullable Status status) {
        if (status == null) {
            return new StatusRef("", "", StatusCategory.TO_DO);
        }
        return new StatusRef(
                status.getId(),
                status.getName(),
                category(status.getStatusCategory().getKey()));
    }

    static StatusCategory category(String key) {
        switch (key) {
            case "new":
                return StatusCategory.TO_DO;
            case "done":
                return StatusCategory.DONE;
            default:
                return StatusCategory.IN_PROGRESS;
        }
    }

    private static Optional<UserKey> user(@Nullable String key) {
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(UserKey.of(key));
    }

    private static String nameOr(@Nullable String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    private static Instant latest(Instant created, Instant at) {
        return at.isBefore(created) ? created : at;
    }
}
