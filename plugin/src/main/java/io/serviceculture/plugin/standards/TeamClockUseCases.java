package io.serviceculture.plugin.standards;

import io.serviceculture.core.standards.StandardsTeamTime;
import io.serviceculture.core.standards.TeamClocksService;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import javax.inject.Inject;
import javax.inject.Named;

/** The core's team ownership clocks as a Spring bean, over the standards' clocks and the stored team memberships. */
@Named
public class TeamClockUseCases {
    private final TeamClocksService service;
    private final StandardsTeamTime teamTime;

    @Inject
    public TeamClockUseCases(StandardsUseCases standards, JiraIssueHistory history, AoMembershipStore memberships) {
        this.service = new TeamClocksService(standards.service(), history, memberships);
        this.teamTime = new StandardsTeamTime(standards.service(), history, memberships);
    }

    /** Each team's owned time on issues' resolution clocks, for the accountability matrix. */
    public StandardsTeamTime teamTime() {
        return teamTime;
    }

    public TeamClocksService service() {
        return service;
    }
}
