package io.serviceculture.core.commitments;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores commitments with their check-ins, sign-off and history; deleting keeps the history. */
public interface CommitmentStorePort {
    /** Stores a new commitment at revision 1. */
    Commitment create(CommitmentDraft draft, UserKey by, Instant at);

    /** Replaces what the commitment says and moves it to the next revision; check-ins and the sign-off stay. */
    Commitment update(long id, CommitmentDraft draft, UserKey by, Instant at);

    Optional<Commitment> find(long id);

    /** The commitments of these people, newest period first, then by id. */
    List<Commitment> findByOwners(Collection<UserKey> owners);

    void addCheckIn(long id, CheckIn checkIn);

    void signOff(long id, SignOff signOff);

    /** Deletes the commitment and its check-ins; its history stays. */
    void delete(long id);

    void log(HistoryEntry entry);

    /** Oldest first. */
    List<HistoryEntry> history(long id);
}
