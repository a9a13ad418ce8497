package io.serviceculture.standalone.services;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.status.Status;
import io.serviceculture.standalone.jira.JiraStore;
import org.jspecify.annotations.Nullable;

/** Jira's {@code ConstantsManager} over the host's status catalogue. */
public final class HostConstantsManager implements ConstantsManager {
    private final JiraStore jira;

    public HostConstantsManager(JiraStore jira) {
        this.jira = jira;
    }

    @Override
    public @Nullable Status getStatus(String id) {
        return jira.statuses().byId(id).map(HostStatus::new).orElse(null);
    }
}
