package io.serviceculture.standalone.services;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import io.serviceculture.core.issues.StatusRef;

/** Jira's {@code Status} over a status of the host's catalogue. */
public record HostStatus(StatusRef status) implements Status {
    @Override
    public String getId() {
        return status.id();
    }

    @Override
    public String getName() {
        return status.name();
    }

    @Override
    public StatusCategory getStatusCategory() {
        return this::categoryKey;
    }

    /** Jira's keys for its three categories. */
    private String categoryKey() {
        switch (status.category()) {
            case TO_DO:
                return "new";
            case DONE:
                return "done";
            default:
                return "indeterminate";
        }
    }
}
