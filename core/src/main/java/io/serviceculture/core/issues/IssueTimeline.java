package io.serviceculture.core.issues;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An issue's history as the features read it: how it began and every event since, oldest first. SLA clocks
 * and accountability are pure functions of a timeline (and "now"), so Jira, the standalone host and tests
 * can all feed them.
 *
 * @param issueId Jira's issue id; keys change when an issue moves, ids never do
 * @param initialStatus the status the issue was created in
 * @param initialAssignee the assignee at creation, empty when created unassigned
 */
public record IssueTimeline(
        long issueId,
        String issueKey,
        IssueFacts facts,
        Optional<UserKey> reporter,
        Instant created,
        StatusRef initialStatus,
        Optional<UserKey> initialAssignee,
        List<IssueEvent> events) {

    public IssueTimeline {
        events = events.stream().sorted(Comparator.comparing(IssueEvent::at)).toList();
        if (!events.isEmpty() && events.get(0).at().isBefore(created)) {
            throw new IllegalArgumentException("issue " + issueKey + " has an event before its creation");
        }
    }

    /** The events of one kind, oldest first. */
    public <E extends IssueEvent> List<E> eventsOf(Class<E> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
