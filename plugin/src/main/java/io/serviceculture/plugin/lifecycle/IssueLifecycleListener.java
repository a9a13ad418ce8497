package io.serviceculture.plugin.lifecycle;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.ProjectDeletedEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.serviceculture.core.lifecycle.DataCount;
import io.serviceculture.core.lifecycle.DataLifecycleService;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the app's data true to Jira's issues: an issue deleted takes its clocks, cycles, alerts, rating and
 * accountability facts with it and leaves its kudos without the link; an issue moved keeps its rows (they are by
 * id) and shows its new key; a project deleted is every issue of it deleted, since Jira deletes those without an
 * event each. The app's other issue listeners recompute a moved issue under its new project's standards.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class IssueLifecycleListener implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(IssueLifecycleListener.class);

    private final EventPublisher events;
    private final IssueManager issues;
    private final DataLifecycleService lifecycle;

    @Inject
    public IssueLifecycleListener(EventPublisher events, IssueManager issues, DataLifecycle lifecycle) {
        this(events, issues, lifecycle.service());
    }

    IssueLifecycleListener(EventPublisher events, IssueManager issues, DataLifecycleService lifecycle) {
        this.events = events;
        this.issues = issues;
        this.lifecycle = lifecycle;
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
        Long type = event.getEventTypeId();
        if (issue == null || issue.getId() == null || type == null) {
            return;
        }
        long issueId = issue.getId();
        try {
            if (EventType.ISSUE_DELETED_ID.equals(type)) {
                List<DataCount> removed = lifecycle.issueDeleted(issueId);
                LOG.debug("Issue {} deleted: {}", issueId, removed);
            } else if (EventType.ISSUE_MOVED_ID.equals(type)) {
                lifecycle.issueMoved(issueId, issue.getKey());
            }
        } catch (RuntimeException e) {
            // the user's change has happened; a project-deleted sweep or the next move catches up
            LOG.warn("Could not bring the app's data of issue {} up to date after event {}", issueId, type, e);
        }
    }

    @EventListener
    public void onProjectDeleted(ProjectDeletedEvent event) {
        try {
            int forgotten = lifecycle.projectDeleted(id -> issues.getIssueObject(id) != null);
            LOG.info("Project {} deleted: forgot the app's data of {} issues", event.getKey(), forgotten);
        } catch (RuntimeException e) {
            LOG.warn("Could not forget the app's data of project {}'s issues", event.getKey(), e);
        }
    }
}
