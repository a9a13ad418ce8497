package io.serviceculture.core.testing;

import io.serviceculture.core.commitments.CheckIn;
import io.serviceculture.core.commitments.Commitment;
import io.serviceculture.core.commitments.CommitmentDraft;
import io.serviceculture.core.commitments.CommitmentStorePort;
import io.serviceculture.core.commitments.HistoryEntry;
import io.serviceculture.core.commitments.SignOff;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Commitments in memory, with the same promises as the Active Objects store. */
public final class InMemoryCommitmentStore implements CommitmentStorePort {
    private final Map<Long, Commitment> commitments = new TreeMap<>();
    private final List<HistoryEntry> history = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized Commitment create(CommitmentDraft draft, UserKey by, Instant at) {
        Commitment created = new Commitment(
                nextId++,
                draft.owner(),
                draft.period(),
                draft.text(),
                draft.target(),
                draft.visibility(),
                1,
                by,
                at,
                Optional.empty(),
                List.of());
        commitments.put(created.id(), created);
        return created;
    }

    @Override
    public synchronized Commitment update(long id, CommitmentDraft draft, UserKey by, Instant at) {
        Commitment old = existing(id);
        Commitment updated = new Commitment(
                id,
                old.owner(),
                draft.period(),
                draft.text(),
                draft.target(),
                draft.visibility(),
                old.revision() + 1,
                by,
                at,
                old.signOff(),
                old.checkIns());
        commitments.put(id, updated);
        return updated;
    }

    @Override
    public synchronized Optional<Commitment> find(long id) {
        return Optional.ofNullable(commitments.get(id));
    }

    @Override
    public synchronized List<Commitment> findByOwners(Collection<UserKey> owners) {
        return commitments.values().stream()
                .filter(commitment -> owners.contains(commitment.owner()))
                .sorted(Comparator.comparing((Commitment c) -> c.period().start())
                        .reversed()
                        .thenComparing(Commitment::id))
                .toList();
    }

    @Override
    public synchronized void addCheckIn(long id, CheckIn checkIn) {
        Commitment old = existing(id);
        List<CheckIn> checkIns = new ArrayList<>(old.checkIns());
        checkIns.add(checkIn);
        commitments.put(id, with(old, old.signOff(), checkIns));
    }

    @Override
    public synchronized void signOff(long id, SignOff signOff) {
        Commitment old = existing(id);
        commitments.put(id, with(old, Optional.of(signOff), old.checkIns()));
    }

    @Override
    public synchronized void delete(long id) {
        commitments.remove(id);
    }

    @Override
    public synchronized void log(HistoryEntry entry) {
        history.add(entry);
    }

    @Override
    public synchronized List<HistoryEntry> history(long id) {
        return history.stream().filter(entry -> entry.commitmentId() == id).toList();
    }

    private Commitment existing(long id) {
        Commitment found = commitments.get(id);
        if (found == null) {
            throw new NotFoundException("service-culture.commitments.error.not-found", id);
        }
        return found;
    }

    private static Commitment with(Commitment old, Optional<SignOff> signOff, List<CheckIn> checkIns) {
        return new Commitment(
                old.id(),
                old.owner(),
                old.period(),
                old.text(),
                old.target(),
                old.visibility(),
                old.revision(),
                old.updatedBy(),
                old.updatedAt(),
                signOff,
                checkIns);
    }
}
