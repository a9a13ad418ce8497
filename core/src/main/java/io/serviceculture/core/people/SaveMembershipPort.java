package io.serviceculture.core.people;

import java.time.Instant;

/**
 * Records when people join and leave teams. Both operations are idempotent, because a membership event and
 * the nightly reconciliation may report the same change: opening a period for someone already in the team,
 * or closing one for someone not in it, changes nothing.
 */
public interface SaveMembershipPort {
    /** Starts a period of the person in the team at {@code from}, unless one is open already. */
    void openPeriod(UserKey user, TeamKey team, Instant from);

    /** Ends the person's open period in the team at {@code to}, if there is one. */
    void closePeriod(UserKey user, TeamKey team, Instant to);
}
