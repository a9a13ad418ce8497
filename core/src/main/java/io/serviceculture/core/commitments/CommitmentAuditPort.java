package io.serviceculture.core.commitments;

import io.serviceculture.core.people.UserKey;

/** Writes deletions to the product's audit log (Jira's, in Jira), beside the commitment's own history. */
@FunctionalInterface
public interface CommitmentAuditPort {
    void deleted(Commitment commitment, UserKey by);
}
