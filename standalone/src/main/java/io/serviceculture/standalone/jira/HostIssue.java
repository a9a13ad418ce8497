package io.serviceculture.standalone.jira;

import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusRef;
import java.time.Instant;
import java.util.Optional;

/** An issue as it is now, with the timeline of how it got there. */
public record HostIssue(
        long id,
        String key,
        long projectId,
        String summary,
        StatusRef status,
        Optional<String> assigneeKey,
        Optional<String> reporterKey,
        Optional<String> resolution,
        Instant created,
        Instant updated,
        IssueTimeline timeline) {

    public HostIssue {
        if (key.isBlank()) {
            throw new IllegalArgumentException("an issue needs a key");
        }
    }

    public String projectKey() {
        return key.substring(0, key.lastIndexOf('-'));
    }
}
