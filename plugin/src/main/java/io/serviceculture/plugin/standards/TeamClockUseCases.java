package io.serviceculture.plugin.standards;

import io.serviceculture.core.standards.TeamClocksService;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import javax.inject.Inject;
import javax.inject.Named;

/** The core's team ownership clocks as a Spring bean, over the standards' clocks and the stored team memberships. */
@Named
public class TeamClockUseCases {
    private final TeamClocksService service;

    @Inject
    public TeamClockUseCases(StandardsUseCases standards, JiraIssueHistory history, AoMembershipStore memberships) {
        this.service = new TeamClocksService(standards.service(), history, memberships);
    }

    public TeamClocksService service() {
        return service;
    }
}
