package io.serviceculture.plugin.standards;

import io.serviceculture.core.standards.StandardsService;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.standards.persistence.AoCalendarStore;
import io.serviceculture.plugin.standards.persistence.AoCycleResults;
import io.serviceculture.plugin.standards.persistence.AoStandardStore;
import java.time.Clock;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The core's standards use cases as one Spring bean, where they meet their Jira adapters; the core stays free of
 * Spring annotations.
 */
@Named
public class StandardsUseCases {
    private final StandardsService service;

    @Inject
    public StandardsUseCases(
            AoCalendarStore calendars,
            AoStandardStore standards,
            AoCycleResults results,
            JiraIssueHistory history,
            JiraIssueVisibility visibility,
            JiraPrimaryTeams teams) {
        this(calendars, standards, results, history, visibility, teams, Clock.systemUTC());
    }

    StandardsUseCases(
            AoCalendarStore calendars,
            AoStandardStore standards,
            AoCycleResults results,
            JiraIssueHistory history,
            JiraIssueVisibility visibility,
            JiraPrimaryTeams teams,
            Clock clock) {
        this.service = new StandardsService(calendars, standards, results, history, visibility, teams, clock);
    }

    public StandardsService service() {
        return service;
    }
}
