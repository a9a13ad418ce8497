package io.serviceculture.plugin.standards;

import io.serviceculture.core.standards.ClockAlertNotificationPort;
import io.serviceculture.core.standards.LiveClocksService;
import io.serviceculture.core.standards.StandardsService;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.standards.persistence.AoCalendarStore;
import io.serviceculture.plugin.standards.persistence.AoCycleResults;
import io.serviceculture.plugin.standards.persistence.AoLiveClocks;
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
    private final LiveClocksService live;

    @Inject
    public StandardsUseCases(
            AoCalendarStore calendars,
            AoStandardStore standards,
            AoCycleResults results,
            AoLiveClocks running,
            JiraIssueHistory history,
            JiraIssueVisibility visibility,
            JiraPrimaryTeams teams,
            ClockAlertMailer notifications) {
        this(calendars, standards, results, running, history, visibility, teams, notifications, Clock.systemUTC());
    }

    public StandardsUseCases(
            AoCalendarStore calendars,
            AoStandardStore standards,
            AoCycleResults results,
            AoLiveClocks running,
            JiraIssueHistory history,
            JiraIssueVisibility visibility,
            JiraPrimaryTeams teams,
            ClockAlertNotificationPort notifications,
            Clock clock) {
        this.service = new StandardsService(calendars, standards, results, history, visibility, teams, clock);
        this.live = new LiveClocksService(
                service, standards, calendars, history, running, running, notifications, visibility, clock);
    }

    public StandardsService service() {
        return service;
    }

    /** Running clocks between events: stored state, the alert sweep and the breach list. */
    public LiveClocksService live() {
        return live;
    }

    /** What an issue event or a recompute does: record completed cycles and store the running ones. */
    public int record(long issueId) {
        int added = service.recordCycles(issueId);
        live.refresh(issueId);
        return added;
    }
}
