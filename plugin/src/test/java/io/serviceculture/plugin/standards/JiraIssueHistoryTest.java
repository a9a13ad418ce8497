package io.serviceculture.plugin.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.UserKey;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.Before;
import org.junit.Test;

public class JiraIssueHistoryTest {
    static final StatusRef OPEN = new StatusRef("1", "Open", io.serviceculture.core.issues.StatusCategory.TO_DO);
    static final StatusRef IN_PROGRESS =
            new StatusRef("3", "In Progress", io.serviceculture.core.issues.StatusCategory.IN_PROGRESS);
    static final Optional<UserKey> LEAD = Optional.of(UserKey.of("lead"));
    static final Optional<UserKey> AGENT = Optional.of(UserKey.of("agent"));
    static final Optional<UserKey> REPORTER = Optional.of(UserKey.of("rep"));

    private final IssueManager issues = mock(IssueManager.class);
    private final ChangeHistoryManager changeHistory = mock(ChangeHistoryManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final ConstantsManager constants = mock(ConstantsManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final JiraIssueHistory history = new JiraIssueHistory(issues, changeHistory, comments, constants);

    @Before
    public void issueSup7CreatedOpenAndNowInProgress() {
        Status open = status("1", "Open", "new");
        Status inProgress = status("3", "In Progress", "indeterminate");
        when(constants.getStatus("1")).thenReturn(open);
        when(constants.getStatus("3")).thenReturn(inProgress);
        when(issues.getIssueObject(10_007L)).thenReturn(issue);
        when(issue.getId()).thenReturn(10_007L);
        when(issue.getKey()).thenReturn("SUP-7");
        when(issue.getCreated()).thenReturn(timestamp("2026-11-23T09:00:00Z"));
        when(issue.getReporterId()).thenReturn("rep");
        when(issue.getAssigneeId()).thenReturn("agent");
        when(issue.getStatus()).thenReturn(inProgress);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("SUP");
        when(issue.getProjectObject()).thenReturn(project);
        IssueType bug = mock(IssueType.class);
        when(bug.getName()).thenReturn("Bug");
        when(issue.getIssueType()).thenReturn(bug);
        Priority major = mock(Priority.class);
        when(major.getName()).thenReturn("Major");
        when(issue.getPriority()).thenReturn(major);
        Label vip = mock(Label.class);
        when(vip.getLabel()).thenReturn("vip");
        when(issue.getLabels()).thenReturn(Set.of(vip));
        ProjectComponent billing = mock(ProjectComponent.class);
        when(billing.getName()).thenReturn("Billing");
        when(issue.getComponents()).thenReturn(List.of(billing));
    }

    @Test
    public void readsStatusAssigneeResolutionAndCommentsAsOneTimeline() {
        // given a triage by the lead, a restricted and a public comment, a resolution, and a reopen by automation
        List<ChangeHistory> changes = List.of(
                change(
                        "2026-11-23T09:05:00Z",
                        "lead",
                        item("assignee", null, null, "agent", "Agent"),
                        item("status", "1", "Open", "3", "In Progress")),
                change("2026-11-23T09:30:00Z", "agent", item("Resolution", null, null, "10000", "Done")),
                change("2026-11-23T10:00:00Z", null, item("resolution", "10000", "Done", null, null)));
        List<Comment> onIssue = List.of(
                comment("2026-11-23T09:20:00Z", "rep", null, null),
                comment("2026-11-23T09:10:00Z", "agent", "jira-developers", null));
        when(changeHistory.getChangeHistories(issue)).thenReturn(changes);
        when(comments.getComments(issue)).thenReturn(onIssue);

        // when
        IssueTimeline timeline = history.timeline(10_007L).orElseThrow();

        // then
        assertThat(timeline.issueKey()).isEqualTo("SUP-7");
        assertThat(timeline.facts()).isEqualTo(new IssueFacts("SUP", "Bug", "Major", Set.of("vip"), Set.of("Billing")));
        assertThat(timeline.reporter()).isEqualTo(REPORTER);
        assertThat(timeline.created()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(timeline.initialStatus()).isEqualTo(OPEN);
        assertThat(timeline.initialAssignee()).isEmpty();
        assertThat(timeline.events())
                .containsExactly(
                        new IssueEvent.AssigneeChanged(at("09:05"), LEAD, Optional.empty(), AGENT),
                        new IssueEvent.StatusChanged(at("09:05"), LEAD, OPEN, IN_PROGRESS),
                        new IssueEvent.Commented(at("09:10"), AGENT, true),
                        new IssueEvent.Commented(at("09:20"), REPORTER, false),
                        new IssueEvent.ResolutionSet(at("09:30"), AGENT, "Done"),
                        new IssueEvent.ResolutionCleared(at("10:00"), Optional.empty()));
    }

    @Test
    public void anIssueThatNeverChangedStartsInItsCurrentStatusAndAssignee() {
        when(changeHistory.getChangeHistories(issue)).thenReturn(List.of());
        when(comments.getComments(issue)).thenReturn(List.of());

        IssueTimeline timeline = history.timeline(10_007L).orElseThrow();

        assertThat(timeline.initialStatus()).isEqualTo(IN_PROGRESS);
        assertThat(timeline.initialAssignee()).isEqualTo(AGENT);
        assertThat(timeline.events()).isEmpty();
    }

    @Test
    public void aChangeStampedBeforeCreationCountsAsMadeAtCreation() {
        List<ChangeHistory> early =
                List.of(change("2026-11-23T08:59:59.500Z", "lead", item("status", "1", "Open", "3", "In Progress")));
        when(changeHistory.getChangeHistories(issue)).thenReturn(early);
        when(comments.getComments(issue)).thenReturn(List.of());

        IssueTimeline timeline = history.timeline(10_007L).orElseThrow();

        assertThat(timeline.events())
                .containsExactly(new IssueEvent.StatusChanged(at("09:00"), LEAD, OPEN, IN_PROGRESS));
    }

    @Test
    public void anUnknownIssueHasNoTimeline() {
        assertThat(history.timeline(99L)).isEmpty();
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-23T" + time + ":00Z");
    }

    private static Timestamp timestamp(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private static Status status(String id, String name, String categoryKey) {
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getId()).thenReturn(id);
        when(status.getName()).thenReturn(name);
        when(status.getStatusCategory()).thenReturn(category);
        return status;
    }

    private static ChangeHistory change(String instant, @Nullable String author, ChangeItemBean... items) {
        ChangeHistory change = mock(ChangeHistory.class);
        when(change.getTimePerformed()).thenReturn(timestamp(instant));
        when(change.getAuthorKey()).thenReturn(author);
        when(change.getChangeItemBeans()).thenReturn(List.of(items));
        return change;
    }

    private static ChangeItemBean item(
            String field,
            @Nullable String from,
            @Nullable String fromString,
            @Nullable String to,
            @Nullable String toString) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        when(item.getField()).thenReturn(field);
        when(item.getFrom()).thenReturn(from);
        when(item.getFromString()).thenReturn(fromString);
        when(item.getTo()).thenReturn(to);
        when(item.getToString()).thenReturn(toString);
        return item;
    }

    private static Comment comment(String instant, String author, @Nullable String group, @Nullable Long role) {
        Comment comment = mock(Comment.class);
        when(comment.getCreated()).thenReturn(Date.from(Instant.parse(instant)));
        when(comment.getAuthorKey()).thenReturn(author);
        when(comment.getGroupLevel()).thenReturn(group);
        when(comment.getRoleLevelId()).thenReturn(role);
        return comment;
    }
}
