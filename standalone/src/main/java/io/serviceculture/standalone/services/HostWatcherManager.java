package io.serviceculture.standalone.services;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.watchers.WatcherManager;
import io.serviceculture.standalone.jira.JiraStore;
import java.util.Collection;
import java.util.List;

/**
 * Watchers as Jira's default auto-watch leaves them: the reporter watches their issue. Jira's REST exports carry
 * only a watch count, not who watches, so the host knows no other watcher.
 */
public final class HostWatcherManager implements WatcherManager {
    private final JiraStore jira;

    public HostWatcherManager(JiraStore jira) {
        this.jira = jira;
    }

    @Override
    public Collection<String> getWatcherUserKeys(Issue issue) {
        return jira.issue(issue.getId())
                .flatMap(hostIssue -> hostIssue.reporterKey())
                .map(List::of)
                .orElse(List.of());
    }
}
