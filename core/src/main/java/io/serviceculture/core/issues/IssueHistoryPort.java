package io.serviceculture.core.issues;

import java.util.Optional;

/** Reads an issue's history as a timeline: Jira's change history and comments, or a host's own store. */
@FunctionalInterface
public interface IssueHistoryPort {
    /** The issue's timeline; empty when no issue has this id. */
    Optional<IssueTimeline> timeline(long issueId);
}
