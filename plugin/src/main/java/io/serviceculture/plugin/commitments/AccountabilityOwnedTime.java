package io.serviceculture.plugin.commitments;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.OwnedTimeService;
import io.serviceculture.core.accountability.ServedIssue;
import io.serviceculture.core.commitments.TeamOwnedTimePort;
import io.serviceculture.core.people.TeamKey;
import java.time.Instant;
import java.util.List;

/** A team owned-time commitment measured by the accountability matrix's own owned-time figures. */
final class AccountabilityOwnedTime implements TeamOwnedTimePort {
    private final OwnedTimeService ownedTime;

    AccountabilityOwnedTime(OwnedTimeService ownedTime) {
        this.ownedTime = ownedTime;
    }

    @Override
    public List<ServedIssue> servedBy(TeamKey team, Instant from, Instant until) {
        return ownedTime.servedBy(team, new Interval(from, until));
    }

    @Override
    public int lowConfidenceBelow() {
        return ownedTime.lowConfidenceBelow();
    }
}
