package io.serviceculture.core.issues;

import java.util.Set;

/** The fields standards match on, as they are now. */
public record IssueFacts(
        String projectKey, String issueType, String priority, Set<String> labels, Set<String> components) {
    public IssueFacts {
        labels = Set.copyOf(labels);
        components = Set.copyOf(components);
    }
}
