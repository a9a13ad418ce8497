package io.serviceculture.core.accountability;

import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds issue timelines event by event, following the assignee so each change knows whom it replaced. */
final class TimelineBuilder {
    static final StatusRef OPEN = new StatusRef("1", "Open", StatusCategory.TO_DO);
    static final StatusRef IN_PROGRESS = new StatusRef("3", "In Progress", StatusCategory.IN_PROGRESS);
    static final StatusRef RESOLVED = new StatusRef("5", "Resolved", StatusCategory.DONE);
    static final StatusRef CLOSED = new StatusRef("6", "Closed", StatusCategory.DONE);
    static final StatusRef REOPENED = new StatusRef("4", "Reopened", StatusCategory.TO_DO);

    private static final DateTimeFormatter JIRA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final long id;
    private final String key;
    private Optional<UserKey> reporter = Optional.empty();
    private Instant created = Instant.parse("2026-03-02T09:00:00Z");
    private StatusRef initialStatus = OPEN;
    private Optional<UserKey> initialAssignee = Optional.empty();
    private Optional<UserKey> assignee = Optional.empty();
    private final List<IssueEvent> events = new ArrayList<>();

    private TimelineBuilder(long id, String key) {
        this.id = id;
        this.key = key;
    }

    static TimelineBuilder issue(long id, String key) {
        return new TimelineBuilder(id, key);
    }

    /** An instant as Jira's REST API writes it, such as {@code 2012-04-12T14:27:37.672+0200}. */
    static Instant jira(String timestamp) {
        return OffsetDateTime.parse(timestamp, JIRA).toInstant();
    }

    /** An instant written as ISO-8601 with Z, or as Jira writes it. */
    static Instant time(String timestamp) {
        return timestamp.endsWith("Z") ? Instant.parse(timestamp) : jira(timestamp);
    }

    private static Optional<UserKey> user(String name) {
        return Optional.of(UserKey.of(name));
    }

    TimelineBuilder reportedBy(String reporterKey) {
        reporter = user(reporterKey);
        return this;
    }

    TimelineBuilder createdAt(String at) {
        created = time(at);
        return this;
    }

    TimelineBuilder assignedAtCreationTo(String assigneeKey) {
        initialAssignee = user(assigneeKey);
        assignee = initialAssignee;
        return this;
    }

    TimelineBuilder assign(String at, String assigneeKey) {
        return assignFromAnyone(at, Optional.empty(), user(assigneeKey));
    }

    TimelineBuilder unassign(String at) {
        return assignFromAnyone(at, Optional.empty(), Optional.empty());
    }

    /** An assignee change made by someone, as the changelog's author. */
    TimelineBuilder assignBy(String at, String actor, String assigneeKey) {
        return assignFromAnyone(at, user(actor), user(assigneeKey));
    }

    private TimelineBuilder assignFromAnyone(String at, Optional<UserKey> actor, Optional<UserKey> to) {
        events.add(new IssueEvent.AssigneeChanged(time(at), actor, assignee, to));
        assignee = to;
        return this;
    }

    /**
     * An assignee change exactly as a changelog item records it; null stands for JSON null (no author, or
     * unassigned).
     */
    TimelineBuilder changelogAssignee(String at, @Nullable String actor, @Nullable String from, @Nullable String to) {
        Optional<UserKey> toUser = Optional.ofNullable(to).map(UserKey::of);
        events.add(new IssueEvent.AssigneeChanged(
                time(at),
                Optional.ofNullable(actor).map(UserKey::of),
                Optional.ofNullable(from).map(UserKey::of),
                toUser));
        assignee = toUser;
        return this;
    }

    TimelineBuilder status(String at, StatusRef from, StatusRef to) {
        events.add(new IssueEvent.StatusChanged(time(at), Optional.empty(), from, to));
        return this;
    }

    TimelineBuilder resolve(String at, String resolution) {
        events.add(new IssueEvent.ResolutionSet(time(at), Optional.empty(), resolution));
        return this;
    }

    TimelineBuilder resolve(String at) {
        return resolve(at, "Fixed");
    }

    TimelineBuilder clearResolution(String at) {
        events.add(new IssueEvent.ResolutionCleared(time(at), Optional.empty()));
        return this;
    }

    IssueTimeline build() {
        return new IssueTimeline(
                id,
                key,
                new IssueFacts(key.substring(0, key.indexOf('-')), "Bug", "Major", Set.of(), Set.of()),
                reporter,
                created,
                initialStatus,
                initialAssignee,
                events);
    }

    AccountabilityInput input() {
        return AccountabilityInput.of(build());
    }
}
