package io.serviceculture.core.commitments;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The use cases of service commitments. Every call names the viewer and is checked here, on the server, by
 * {@link CommitmentAccess}: a commitment the viewer may not read is reported as not found, so its existence is
 * not revealed; one they may read but not change answers "forbidden".
 */
public final class CommitmentService {
    private final CommitmentStorePort store;
    private final CommitmentPeoplePort people;
    private final CommitmentAccess access;
    private final CommitmentMeasurer measurer;
    private final CommitmentAuditPort audit;
    private final Clock clock;

    public CommitmentService(
            CommitmentStorePort store,
            CommitmentPeoplePort people,
            CommitmentMeasurer measurer,
            CommitmentAuditPort audit,
            Clock clock) {
        this.store = store;
        this.people = people;
        this.access = new CommitmentAccess(people);
        this.measurer = measurer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The owner's commitments the viewer may read; with {@code currentOnly}, those whose period holds today. */
    public List<MeasuredCommitment> ofOwner(UserKey viewer, UserKey owner, boolean currentOnly) {
        Instant now = clock.instant();
        List<MeasuredCommitment> found = new ArrayList<>();
        for (Commitment commitment : store.findByOwners(List.of(owner))) {
            if ((!currentOnly || commitment.period().contains(now)) && access.canRead(viewer, commitment)) {
                found.add(measured(viewer, commitment, now));
            }
        }
        return found;
    }

    public MeasuredCommitment get(UserKey viewer, long id) {
        return measured(viewer, readable(viewer, id), clock.instant());
    }

    /**
     * The commitment measured now with every issue behind its figure; a caller that shows them filters them by the
     * viewer's browse permission ({@link MeasurementBasis#visibleTo}).
     */
    public MeasurementBasis basis(UserKey viewer, long id) {
        return measurer.basis(readable(viewer, id), clock.instant());
    }

    public List<HistoryEntry> history(UserKey viewer, long id) {
        readable(viewer, id);
        return store.history(id);
    }

    /** Whether the viewer may add commitments for the person: they are the person or their manager. */
    public boolean canAddFor(UserKey viewer, UserKey owner) {
        return access.canEdit(viewer, owner);
    }

    public MeasuredCommitment create(UserKey viewer, CommitmentDraft draft) {
        Person owner = people.findPerson(draft.owner())
                .filter(Person::active)
                .orElseThrow(() -> InvalidInputException.onField(
                        "owner", "service-culture.commitments.error.owner.unknown", draft.owner()));
        if (!access.canEdit(viewer, owner.key())) {
            throw PermissionDeniedException.onField("owner", "service-culture.commitments.error.forbidden");
        }
        Instant now = clock.instant();
        Commitment created = store.create(draft, viewer, now);
        store.log(new HistoryEntry(created.id(), HistoryEntry.Action.CREATED, viewer, now, created.text()));
        return measured(viewer, created, now);
    }

    /** Rewrites the commitment as a new revision; a sign-off given before no longer counts. */
    public MeasuredCommitment edit(UserKey viewer, long id, CommitmentDraft draft) {
        Commitment existing = editable(viewer, id);
        if (!draft.owner().equals(existing.owner())) {
            throw InvalidInputException.onField("owner", "service-culture.commitments.error.owner.change");
        }
        Instant now = clock.instant();
        Commitment updated = store.update(id, draft, viewer, now);
        store.log(new HistoryEntry(id, HistoryEntry.Action.EDITED, viewer, now, updated.text()));
        return measured(viewer, updated, now);
    }

    /** Deletes the commitment; its history stays, and the deletion goes to the audit log. */
    public void delete(UserKey viewer, long id) {
        Commitment existing = editable(viewer, id);
        store.delete(id);
        store.log(new HistoryEntry(id, HistoryEntry.Action.DELETED, viewer, clock.instant(), existing.text()));
        audit.deleted(existing, viewer);
    }

    /** A check-in by the owner or their manager; it records progress and does not touch the sign-off. */
    public MeasuredCommitment checkIn(UserKey viewer, long id, String note, OptionalInt progress) {
        editable(viewer, id);
        Instant now = clock.instant();
        CheckIn checkIn = new CheckIn(viewer, now, note, progress);
        store.addCheckIn(id, checkIn);
        store.log(new HistoryEntry(id, HistoryEntry.Action.CHECKED_IN, viewer, now, checkIn.note()));
        return get(viewer, id);
    }

    /** The owner's manager agrees to the commitment as it reads now; signing the same revision again changes nothing. */
    public MeasuredCommitment signOff(UserKey viewer, long id) {
        Commitment existing = readable(viewer, id);
        if (!access.canSignOff(viewer, existing.owner())) {
            throw new PermissionDeniedException("service-culture.commitments.error.sign-off");
        }
        if (!existing.isSignedOff()) {
            Instant now = clock.instant();
            String name = people.findPerson(viewer).map(Person::displayName).orElse(viewer.value());
            store.signOff(id, new SignOff(viewer, name, now, existing.revision()));
            store.log(new HistoryEntry(
                    id, HistoryEntry.Action.SIGNED_OFF, viewer, now, "revision " + existing.revision()));
        }
        return get(viewer, id);
    }

    /**
     * Copies the owner's commitments of the previous quarter, half or year into the current one: what they say,
     * their target and visibility, without check-ins or sign-off. A commitment already copied (same text in the
     * current period) is not copied again.
     */
    public List<MeasuredCommitment> copyPrevious(UserKey viewer, UserKey owner, PeriodKind kind) {
        if (kind == PeriodKind.CUSTOM) {
            throw InvalidInputException.onField("kind", "service-culture.commitments.error.copy.custom");
        }
        if (!access.canEdit(viewer, owner)) {
            throw PermissionDeniedException.onField("owner", "service-culture.commitments.error.forbidden");
        }
        Instant now = clock.instant();
        Period current = Period.containing(kind, LocalDate.ofInstant(now, ZoneOffset.UTC));
        Period previous = current.previous();
        List<Commitment> all = store.findByOwners(List.of(owner));
        Set<String> existing = new java.util.HashSet<>();
        all.stream()
                .filter(commitment -> commitment.period().equals(current))
                .forEach(commitment -> existing.add(commitment.text()));
        List<MeasuredCommitment> copies = new ArrayList<>();
        for (Commitment earlier : all) {
            if (earlier.period().equals(previous) && existing.add(earlier.text())) {
                CommitmentDraft draft =
                        new CommitmentDraft(owner, current, earlier.text(), earlier.target(), earlier.visibility());
                Commitment created = store.create(draft, viewer, now);
                store.log(new HistoryEntry(created.id(), HistoryEntry.Action.CREATED, viewer, now, created.text()));
                copies.add(measured(viewer, created, now));
            }
        }
        return copies;
    }

    /**
     * The current commitments of everyone the manager manages, by owner; a viewer who manages nobody is refused.
     */
    public List<MeasuredCommitment> team(UserKey manager) {
        Set<UserKey> reports = people.reportsOf(manager);
        if (reports.isEmpty()) {
            throw new PermissionDeniedException("service-culture.commitments.error.not-manager");
        }
        Instant now = clock.instant();
        return store.findByOwners(reports).stream()
                .filter(commitment -> commitment.period().contains(now))
                .filter(commitment -> access.canRead(manager, commitment))
                .sorted(Comparator.comparing((Commitment commitment) -> commitment.owner())
                        .thenComparing(Commitment::id))
                .map(commitment -> measured(manager, commitment, now))
                .toList();
    }

    private Commitment readable(UserKey viewer, long id) {
        return store.find(id)
                .filter(commitment -> access.canRead(viewer, commitment))
                .orElseThrow(() -> new NotFoundException("service-culture.commitments.error.not-found", id));
    }

    private Commitment editable(UserKey viewer, long id) {
        Commitment commitment = readable(viewer, id);
        if (!access.canEdit(viewer, commitment.owner())) {
            throw new PermissionDeniedException("service-culture.commitments.error.forbidden");
        }
        return commitment;
    }

    private MeasuredCommitment measured(UserKey viewer, Commitment commitment, Instant now) {
        return new MeasuredCommitment(
                commitment,
                measurer.measure(commitment, now),
                access.canEdit(viewer, commitment.owner()),
                access.canSignOff(viewer, commitment.owner()));
    }
}
