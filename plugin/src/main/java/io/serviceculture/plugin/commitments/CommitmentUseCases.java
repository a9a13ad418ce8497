package io.serviceculture.plugin.commitments;

import io.serviceculture.core.commitments.CommitmentMeasurer;
import io.serviceculture.core.commitments.CommitmentService;
import io.serviceculture.plugin.accountability.OwnedTimeUseCases;
import io.serviceculture.plugin.commitments.persistence.AoCommitmentStore;
import io.serviceculture.plugin.kudos.persistence.AoKudosStatistics;
import io.serviceculture.plugin.people.PeopleAudit;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.standards.JiraIssueHistory;
import io.serviceculture.plugin.standards.persistence.AoCycleResults;
import java.time.Clock;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The core's commitment use cases as one Spring bean, measured over what standards, accountability and kudos
 * already store; a deletion is written to Jira's audit log.
 */
@Named
public class CommitmentUseCases {
    static final String AUDIT_DELETED = "service-culture.commitments.audit.deleted";

    private final CommitmentService service;

    @Inject
    public CommitmentUseCases(
            AoCommitmentStore store,
            JiraCommitmentPeople people,
            AoCycleResults cycles,
            JiraIssueHistory history,
            AoMembershipStore memberships,
            AoKudosStatistics kudos,
            OwnedTimeUseCases ownedTime,
            PeopleAudit audit) {
        this.service = new CommitmentService(
                store,
                people,
                new CommitmentMeasurer(
                        cycles, history, memberships, kudos, new AccountabilityOwnedTime(ownedTime.service())),
                (commitment, by) -> audit.record(
                        AUDIT_DELETED,
                        commitment.owner().value(),
                        "#" + commitment.id() + " " + commitment.period().label() + ": " + commitment.text()),
                Clock.systemUTC());
    }

    public CommitmentService service() {
        return service;
    }
}
