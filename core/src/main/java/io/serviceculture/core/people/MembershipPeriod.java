package io.serviceculture.core.people;

import java.time.Instant;
import java.util.Optional;

/**
 * A stretch of time a person was in a team. Jira keeps no history of group membership, so the app records
 * these and attributes work to the team a person was in at the time. {@code from} is inclusive and {@code to}
 * exclusive, so adjacent periods never both cover an instant; an empty {@code to} means still a member.
 */
public record MembershipPeriod(UserKey user, TeamKey team, Instant from, Optional<Instant> to) {
    public MembershipPeriod {
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new IllegalArgumentException(
                    "a membership period of " + user + " in " + team + " ends before it starts");
        }
    }

    public static MembershipPeriod open(UserKey user, TeamKey team, Instant from) {
        return new MembershipPeriod(user, team, from, Optional.empty());
    }

    public static MembershipPeriod closed(UserKey user, TeamKey team, Instant from, Instant to) {
        return new MembershipPeriod(user, team, from, Optional.of(to));
    }

    public boolean isOpen() {
        return to.isEmpty();
    }

    /** Whether the person was a member at {@code instant}: from inclusive, to exclusive. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && (to.isEmpty() || instant.isBefore(to.get()));
    }

    public MembershipPeriod closedAt(Instant end) {
        return new MembershipPeriod(user, team, from, Optional.of(end));
    }
}
