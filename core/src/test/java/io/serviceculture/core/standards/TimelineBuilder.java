package io.serviceculture.core.standards;

import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds issue timelines for tests, event by event, in the words of a changelog. */
public final class TimelineBuilder {
    public static final StatusRef OPEN = new StatusRef("1", "Open", StatusCategory.TO_DO);
    public static final StatusRef IN_PROGRESS = new StatusRef("3", "In Progress", StatusCategory.IN_PROGRESS);
    public static final StatusRef REOPENED = new StatusRef("4", "Reopened", StatusCategory.TO_DO);
    public static final StatusRef RESOLVED = new StatusRef("5", "Resolved", StatusCategory.DONE);
    public static final StatusRef CLOSED = new StatusRef("6", "Closed", StatusCategory.DONE);
    public static final StatusRef WAITING_FOR_CLIENT =
            new StatusRef("10100", "Waiting for client", StatusCategory.IN_PROGRESS);
    public static final StatusRef WAITING_FOR_VENDOR =
            new StatusRef("10101", "Waiting for vendor", StatusCategory.IN_PROGRESS);

    private long issueId = 10_000;
    private String issueKey = "SUP-1";
    private IssueFacts facts = new IssueFacts("SUP", "Bug", "Major", Set.of(), Set.of());
    private Optional<UserKey> reporter = Optional.of(UserKey.of("reporter"));
    private final Instant created;
    private StatusRef initialStatus = OPEN;
    private Optional<UserKey> initialAssignee = Optional.empty();
    private final List<IssueEvent> events = new ArrayList<>();
    private StatusRef status = OPEN;

    private TimelineBuilder(Instant created) {
        this.created = created;
    }

    public static TimelineBuilder createdAt(String isoInstant) {
        return new TimelineBuilder(Instant.parse(isoInstant));
    }

    public TimelineBuilder issue(long id, String key) {
        issueId = id;
        issueKey = key;
        return this;
    }

    public TimelineBuilder facts(IssueFacts issueFacts) {
        facts = issueFacts;
        return this;
    }

    public TimelineBuilder reportedBy(String userKey) {
        reporter = Optional.of(UserKey.of(userKey));
        return this;
    }

    public TimelineBuilder inStatus(StatusRef initial) {
        initialStatus = initial;
        status = initial;
        return this;
    }

    public TimelineBuilder assignedTo(String userKey) {
        initialAssignee = Optional.of(UserKey.of(userKey));
        return this;
    }

    public TimelineBuilder comment(String at, String author) {
        events.add(new IssueEvent.Commented(Instant.parse(at), actor(author), false));
        return this;
    }

    public TimelineBuilder restrictedComment(String at, String author) {
        events.add(new IssueEvent.Commented(Instant.parse(at), actor(author), true));
        return this;
    }

    public TimelineBuilder automatedComment(String at) {
        events.add(new IssueEvent.Commented(Instant.parse(at), Optional.empty(), false));
        return this;
    }

    public TimelineBuilder status(String at, String author, StatusRef to) {
        events.add(new IssueEvent.StatusChanged(Instant.parse(at), actor(author), status, to));
        status = to;
        return this;
    }

    public TimelineBuilder assignee(String at, String author, String from, String to) {
        events.add(new IssueEvent.AssigneeChanged(Instant.parse(at), actor(author), user(from), user(to)));
        return this;
    }

    public TimelineBuilder resolve(String at, String author, String resolution) {
        events.add(new IssueEvent.ResolutionSet(Instant.parse(at), actor(author), resolution));
        return this;
    }

    public TimelineBuilder reopen(String at, String author) {
        events.add(new IssueEvent.ResolutionCleared(Instant.parse(at), actor(author)));
        return this;
    }

    public IssueTimeline build() {
        return new IssueTimeline(issueId, issueKey, facts, reporter, created, initialStatus, initialAssignee, events);
    }

    /** An empty name stands for no actor: automation, or a user since deleted. */
    private static Optional<UserKey> actor(String author) {
        return author.isEmpty() ? Optional.empty() : Optional.of(UserKey.of(author));
    }

    private static Optional<UserKey> user(String name) {
        return name.isEmpty() ? Optional.empty() : Optional.of(UserKey.of(name));
    }
}
