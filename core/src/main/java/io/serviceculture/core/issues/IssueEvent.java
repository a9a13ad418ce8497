package io.serviceculture.core.issues;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Optional;

/**
 * One thing that happened to an issue, from its change history or comments. {@code actor} is empty for
 * changes made by automation or by users since deleted.
 */
public sealed interface IssueEvent
        permits IssueEvent.StatusChanged,
                IssueEvent.AssigneeChanged,
                IssueEvent.Commented,
                IssueEvent.ResolutionSet,
                IssueEvent.ResolutionCleared {

    Instant at();

    Optional<UserKey> actor();

    record StatusChanged(Instant at, Optional<UserKey> actor, StatusRef from, StatusRef to) implements IssueEvent {}

    /** An empty {@code from} or {@code to} means unassigned. */
    record AssigneeChanged(Instant at, Optional<UserKey> actor, Optional<UserKey> from, Optional<UserKey> to)
            implements IssueEvent {}

    /** A comment; {@code restricted} when only a group or role may read it. */
    record Commented(Instant at, Optional<UserKey> actor, boolean restricted) implements IssueEvent {}

    record ResolutionSet(Instant at, Optional<UserKey> actor, String resolution) implements IssueEvent {}

    record ResolutionCleared(Instant at, Optional<UserKey> actor) implements IssueEvent {}
}
