package io.serviceculture.plugin.accountability;

import io.serviceculture.core.accountability.OwnedTimeService;
import io.serviceculture.plugin.accountability.persistence.AoAccountabilityStore;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.standards.TeamClockUseCases;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The matrix's owned-time figures as a Spring bean: the stored contributions, with each team's owned time from the
 * standards' team clocks (accountability's port, implemented on the standards side so the core keeps its one-way
 * dependency).
 */
@Named
public class OwnedTimeUseCases {
    private final OwnedTimeService service;

    @Inject
    public OwnedTimeUseCases(
            AoAccountabilityStore store,
            TeamClockUseCases teamClocks,
            PluginSettingsAccountabilitySettings settings,
            JiraIssueVisibility visibility) {
        this.service = new OwnedTimeService(store, teamClocks.teamTime(), settings, visibility);
    }

    public OwnedTimeService service() {
        return service;
    }
}
