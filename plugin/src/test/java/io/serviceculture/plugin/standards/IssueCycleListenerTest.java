package io.serviceculture.plugin.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.MutableIssue;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class IssueCycleListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final List<Long> recorded = new ArrayList<>();
    private final IssueCycleListener listener = new IssueCycleListener(events, issueId -> {
        recorded.add(issueId);
        return 1;
    });

    @Test
    public void registersWhileTheAppRuns() {
        listener.onStart();
        listener.onStop();

        verify(events).register(listener);
        verify(events).unregister(listener);
    }

    @Test
    public void recordsTheCyclesOfTheIssueAnEventIsAbout() {
        listener.onIssueEvent(eventAbout(10_007L));

        assertThat(recorded).containsExactly(10_007L);
    }

    @Test
    public void ignoresAnEventWithoutAnIssue() {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(null);

        listener.onIssueEvent(event);

        assertThat(recorded).isEmpty();
    }

    @Test
    public void aFailedRecordingDoesNotFailTheUsersChange() {
        IssueCycleListener failing = new IssueCycleListener(events, issueId -> {
            throw new IllegalStateException("database down");
        });
        IssueEvent event = eventAbout(10_008L);

        failing.onIssueEvent(event);

        verify(event).getIssue();
    }

    private static IssueEvent eventAbout(long issueId) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(issueId);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        return event;
    }
}
