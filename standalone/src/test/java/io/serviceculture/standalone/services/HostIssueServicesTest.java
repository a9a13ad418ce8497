package io.serviceculture.standalone.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.importer.ImportSource;
import io.serviceculture.standalone.importer.JiraImporter;
import io.serviceculture.standalone.jira.JiraStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.Before;
import org.junit.Test;

/**
 * Change history, comments, statuses and issue fields as the plugin reads them, over the test data's issues. The
 * expected values are read by hand from {@code hostdata/jira/search-result.json}.
 */
public class HostIssueServicesTest {
    private final JiraStore jira = new JiraStore(new HostDirectory());
    private final HostIssueManager issues = new HostIssueManager(jira);

    @Before
    public void importTestData() {
        new JiraImporter(jira).importFrom(ImportSource.classpath("hostdata"));
    }

    @Test
    public void givesTheImportedChangelogAsChangeGroupsByTimeAndAuthor() {
        // given
        Issue help1 = Objects.requireNonNull(issues.getIssueObject("HELP-1"));

        // when
        List<ChangeHistory> histories = new HostChangeHistoryManager(jira).getChangeHistories(help1);

        // then: history 1 assigns alice and starts progress, history 2 resolves as Fixed, both by alice
        assertThat(histories).hasSize(2);
        assertThat(histories)
                .extracting(
                        ChangeHistory::getAuthorKey, h -> h.getTimePerformed().toInstant())
                .containsExactly(
                        tuple("JIRAUSER10100", Instant.parse("2026-11-02T10:00:00Z")),
                        tuple("JIRAUSER10100", Instant.parse("2026-11-03T09:00:00Z")));
        assertThat(histories.get(0).getChangeItemBeans())
                .extracting(
                        ChangeItemBean::getField,
                        ChangeItemBean::getFrom,
                        ChangeItemBean::getFromString,
                        ChangeItemBean::getTo,
                        ChangeItemBean::getToString)
                .containsExactlyInAnyOrder(
                        tuple("assignee", null, null, "JIRAUSER10100", "JIRAUSER10100"),
                        tuple("status", "1", "Open", "3", "In Progress"));
        assertThat(histories.get(1).getChangeItemBeans())
                .extracting(ChangeItemBean::getField, ChangeItemBean::getFrom, ChangeItemBean::getToString)
                .containsExactlyInAnyOrder(tuple("status", "3", "Resolved"), tuple("resolution", null, "Fixed"));
    }

    @Test
    public void hasNoChangeGroupsForAnIssueNeverChanged() {
        // given
        Issue fin1 = Objects.requireNonNull(issues.getIssueObject("FIN-1"));

        // when
        List<ChangeHistory> histories = new HostChangeHistoryManager(jira).getChangeHistories(fin1);

        // then
        assertThat(histories).isEmpty();
    }

    @Test
    public void givesTheImportedCommentsWithAuthorAndTime() {
        // given
        Issue help1 = Objects.requireNonNull(issues.getIssueObject("HELP-1"));

        // when
        List<Comment> comments = new HostCommentManager(jira).getComments(help1);

        // then: alice's "On it", open to all who may browse the issue
        assertThat(comments)
                .extracting(
                        Comment::getAuthorKey,
                        c -> c.getCreated().toInstant(),
                        Comment::getGroupLevel,
                        Comment::getRoleLevelId)
                .containsExactly(tuple("JIRAUSER10100", Instant.parse("2026-11-02T10:05:00Z"), null, null));
    }

    @Test
    public void knowsStatusesWithTheirCategoryKeys() {
        // given
        HostConstantsManager constants = new HostConstantsManager(jira);

        // when
        Status resolved = constants.getStatus("5");
        Status inProgress = constants.getStatus("3");
        Status open = constants.getStatus("1");

        // then
        assertThat(resolved).isNotNull();
        assertThat(resolved.getName()).isEqualTo("Resolved");
        assertThat(resolved.getStatusCategory().getKey()).isEqualTo("done");
        assertThat(inProgress).isNotNull();
        assertThat(inProgress.getStatusCategory().getKey()).isEqualTo("indeterminate");
        assertThat(open).isNotNull();
        assertThat(open.getStatusCategory().getKey()).isEqualTo("new");
        assertThat(constants.getStatus("99999")).isNull();
    }

    @Test
    public void readsTheFieldsStandardsMatchOn() {
        // when
        Issue help1 = Objects.requireNonNull(issues.getIssueObject("HELP-1"));

        // then
        assertThat(help1.getCreated()).isNotNull();
        assertThat(help1.getCreated().toInstant()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
        assertThat(help1.getReporterId()).isEqualTo("carol");
        assertThat(help1.getAssigneeId()).isEqualTo("JIRAUSER10100");
        assertThat(help1.getStatus()).isNotNull();
        assertThat(help1.getStatus().getId()).isEqualTo("5");
        assertThat(help1.getProjectObject()).isNotNull();
        assertThat(help1.getProjectObject().getKey()).isEqualTo("HELP");
        assertThat(help1.getIssueType()).isNotNull();
        assertThat(help1.getIssueType().getName()).isEqualTo("Service Request");
        assertThat(help1.getPriority()).isNotNull();
        assertThat(help1.getPriority().getName()).isEqualTo("Medium");
        assertThat(help1.getLabels()).extracting(Label::getLabel).containsExactly("test");
        assertThat(help1.getComponents()).extracting(ProjectComponent::getName).isEmpty();
        assertThat(help1.getAssigneeId()).isNotNull();
    }

    @Test
    public void leavesAnUnassignedIssueWithoutAssignee() {
        // when
        Issue fin1 = Objects.requireNonNull(issues.getIssueObject("FIN-1"));

        // then
        assertThat(fin1.getAssigneeId()).isNull();
        assertThat(fin1.getReporterId()).isEqualTo("carol");
    }
}
