package io.serviceculture.plugin.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.ProjectDeletedEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import io.serviceculture.core.lifecycle.DataLifecycleService;
import io.serviceculture.core.lifecycle.StoredData;
import io.serviceculture.core.testing.InMemoryAppData;
import org.junit.Test;

public class IssueLifecycleListenerTest {
    private final InMemoryAppData data = new InMemoryAppData()
            .issue(10_001L, "HELP-1", StoredData.SLA_CYCLES, 2)
            .issue(10_002L, "HELP-2", StoredData.KUDOS_ISSUE_LINKS, 1)
            .issue(10_003L, "FIN-1", StoredData.ACCOUNTABILITY, 1);
    private final IssueManager issues = mock(IssueManager.class);
    private final IssueLifecycleListener listener =
            new IssueLifecycleListener(mock(EventPublisher.class), issues, new DataLifecycleService(data));

    @Test
    public void forgetsAnIssueWhenJiraDeletesIt() {
        // when
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, 10_001L, "HELP-1"));

        // then
        assertThat(data.issueIds()).containsExactly(10_002L, 10_003L);
    }

    @Test
    public void showsTheNewKeyOfAMovedIssue() {
        // when
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 10_002L, "FIN-2"));

        // then
        assertThat(data.keyOf(10_002L)).isEqualTo("FIN-2");
        assertThat(data.issueIds()).containsExactly(10_001L, 10_002L, 10_003L);
    }

    @Test
    public void leavesOtherIssueEventsToTheFeaturesListeners() {
        // when a comment (event type 6)
        listener.onIssueEvent(event(6L, 10_001L, "HELP-1"));

        // then
        assertThat(data.issueIds()).containsExactly(10_001L, 10_002L, 10_003L);
        assertThat(data.keyOf(10_001L)).isEqualTo("HELP-1");
    }

    @Test
    public void forgetsEveryIssueOfADeletedProject() {
        // given Jira deleted HELP with its two issues; FIN-1 is still there
        when(issues.getIssueObject(10_003L)).thenReturn(mock(MutableIssue.class));
        Project help = mock(Project.class);
        when(help.getId()).thenReturn(10_000L);
        when(help.getKey()).thenReturn("HELP");

        // when
        listener.onProjectDeleted(new ProjectDeletedEvent(null, help));

        // then
        assertThat(data.issueIds()).containsExactly(10_003L);
    }

    private static IssueEvent event(Long type, long issueId, String key) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(issueId);
        when(issue.getKey()).thenReturn(key);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }
}
