package io.serviceculture.core.testing;

import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.people.UserKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Issue timelines and who may browse them, in memory. */
public final class InMemoryIssues implements IssueHistoryPort, IssueVisibilityPort {
    private final Map<Long, IssueTimeline> timelines = new HashMap<>();
    private final Set<String> browsable = new HashSet<>();

    public InMemoryIssues add(IssueTimeline timeline) {
        timelines.put(timeline.issueId(), timeline);
        return this;
    }

    public InMemoryIssues letBrowse(UserKey viewer, long issueId) {
        browsable.add(viewer.value() + "|" + issueId);
        return this;
    }

    @Override
    public Optional<IssueTimeline> timeline(long issueId) {
        return Optional.ofNullable(timelines.get(issueId));
    }

    @Override
    public boolean canBrowse(UserKey viewer, long issueId) {
        return browsable.contains(viewer.value() + "|" + issueId);
    }
}
