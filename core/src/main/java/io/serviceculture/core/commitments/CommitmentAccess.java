package io.serviceculture.core.commitments;

import io.serviceculture.core.people.UserKey;

/**
 * Who may do what with a commitment:
 *
 * <ul>
 *   <li>read: the owner, their manager and HR always; others by the commitment's visibility (the owner's current
 *       team mates for {@code TEAM}, every user for {@code EVERYONE}), unless the admin keeps people-level
 *       figures to the person, their manager and HR; being a Jira administrator grants nothing here;
 *   <li>add, edit, delete, check in: the owner and their manager;
 *   <li>sign off: their manager only.
 * </ul>
 */
public final class CommitmentAccess {
    private final CommitmentPeoplePort people;

    public CommitmentAccess(CommitmentPeoplePort people) {
        this.people = people;
    }

    /** Owner, manager or HR: the people who see every commitment of the owner, private ones too. */
    public boolean inCircle(UserKey viewer, UserKey owner) {
        return viewer.equals(owner) || people.manages(viewer, owner) || people.isHr(viewer);
    }

    public boolean canRead(UserKey viewer, Commitment commitment) {
        UserKey owner = commitment.owner();
        if (inCircle(viewer, owner)) {
            return true;
        }
        if (commitment.visibility() == CommitmentVisibility.PRIVATE || people.personFiguresRestricted()) {
            return false;
        }
        return commitment.visibility() == CommitmentVisibility.EVERYONE || people.shareTeam(viewer, owner);
    }

    public boolean canEdit(UserKey viewer, UserKey owner) {
        return viewer.equals(owner) || people.manages(viewer, owner);
    }

    public boolean canSignOff(UserKey viewer, UserKey owner) {
        return !viewer.equals(owner) && people.manages(viewer, owner);
    }
}
