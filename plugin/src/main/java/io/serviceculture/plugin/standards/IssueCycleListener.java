package io.serviceculture.plugin.standards;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.util.function.LongToIntFunction;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the cycles an issue completed, and stores when its running ones warn and breach, whenever something
 * happens to it (a comment, a transition, a resolution), from its whole history, so a missed event is caught up by
 * the next one. Recording never rewrites a stored cycle. Registered with Jira's events while the app is running.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class IssueCycleListener implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(IssueCycleListener.class);

    private final EventPublisher events;
    private final LongToIntFunction recordCycles;

    @Inject
    public IssueCycleListener(EventPublisher events, StandardsUseCases useCases) {
        this(events, useCases::record);
    }

    IssueCycleListener(EventPublisher events, LongToIntFunction recordCycles) {
        this.events = events;
        this.recordCycles = recordCycles;
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        // a deleted issue is forgotten by the lifecycle listener; recomputing it here could bring its rows back
        if (issue == null || issue.getId() == null || EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            return;
        }
        try {
            int added = recordCycles.applyAsInt(issue.getId());
            LOG.debug("Recorded {} new SLA cycles of issue {}", added, issue.getId());
        } catch (RuntimeException e) {
            // the user's change has happened; a failed recording must not undo it, and the next event retries
            LOG.warn("Could not record the SLA cycles of issue {}", issue.getId(), e);
        }
    }
}
