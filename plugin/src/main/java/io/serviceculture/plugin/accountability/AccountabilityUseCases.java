package io.serviceculture.plugin.accountability;

import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.plugin.accountability.persistence.AoAccountabilityStore;
import io.serviceculture.plugin.accountability.persistence.AoRatings;
import io.serviceculture.plugin.accountability.persistence.AoStandardAttainment;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.standards.JiraIssueHistory;
import java.time.Clock;
import javax.inject.Inject;
import javax.inject.Named;

/** The core's accountability use cases as one Spring bean, where they meet their Jira adapters. */
@Named
public class AccountabilityUseCases {
    private final AccountabilityService service;

    @Inject
    public AccountabilityUseCases(
            JiraIssueHistory history,
            AoMembershipStore memberships,
            AoStandardAttainment attainment,
            AoRatings ratings,
            AoAccountabilityStore store,
            PluginSettingsAccountabilitySettings settings,
            JiraIssueVisibility visibility) {
        this.service = new AccountabilityService(
                history, memberships, attainment, ratings, store, settings, visibility, Clock.systemUTC());
    }

    public AccountabilityService service() {
        return service;
    }
}
