package io.serviceculture.core.commitments;

import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's commitment for a period, as stored. Every edit makes a new {@code revision}; a sign-off holds for the
 * revision it was given to, so an edit after it leaves the commitment waiting for a new one.
 *
 * @param checkIns oldest first
 */
public record Commitment(
        long id,
        UserKey owner,
        Period period,
        String text,
        Target target,
        CommitmentVisibility visibility,
        int revision,
        UserKey updatedBy,
        Instant updatedAt,
        Optional<SignOff> signOff,
        List<CheckIn> checkIns) {

    public Commitment {
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1");
        }
        checkIns = checkIns.stream().sorted(Comparator.comparing(CheckIn::at)).toList();
    }

    /** The sign-off, if it was given to this revision; one given to an earlier revision no longer counts. */
    public Optional<SignOff> currentSignOff() {
        return signOff.filter(given -> given.revision() == revision);
    }

    public boolean isSignedOff() {
        return currentSignOff().isPresent();
    }

    public Optional<CheckIn> lastCheckIn() {
        return checkIns.isEmpty() ? Optional.empty() : Optional.of(checkIns.get(checkIns.size() - 1));
    }

    public CommitmentDraft draft() {
        return new CommitmentDraft(owner, period, text, target, visibility);
    }
}
