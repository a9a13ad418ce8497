package io.serviceculture.core.commitments;

import io.serviceculture.core.accountability.ServedIssue;
import io.serviceculture.core.people.TeamKey;
import java.time.Instant;
import java.util.List;

/**
 * The accountability matrix's owned time of one provider team, which a team owned-time commitment is measured by, so
 * that the commitment and the team's row of the matrix show the same hours.
 */
public interface TeamOwnedTimePort {
    /** The issues the team served that were finally resolved at or after {@code from} and before {@code until}. */
    List<ServedIssue> servedBy(TeamKey team, Instant from, Instant until);

    /** Fewer measured issues than this mark a figure as resting on too few issues. */
    int lowConfidenceBelow();
}
