package io.serviceculture.plugin.standards;

import io.serviceculture.core.accountability.IssueCatalogPort;
import io.serviceculture.core.standards.ClockAlertNotificationPort;
import io.serviceculture.core.standards.LiveClocksService;
import io.serviceculture.core.standards.StandardsService;
import io.serviceculture.core.standards.WhatIfService;
import io.serviceculture.plugin.accountability.JiraIssueCatalog;
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
    private final WhatIfService whatIf;

    @Inject
    public StandardsUseCases(
            AoCalendarStore calendars,
            AoStandardStore standards,
            AoCycleResults results,
            AoLiveClocks running,
            JiraIssueHistory history,
            JiraIssueVisibility visibility,
            JiraPrimaryTeams teams,
            ClockAlertMailer notifications,
            JiraIssueCatalog catalog) {
        this(
                calendars,
                standards,
                results,
                running,
                history,
                visibility,
                teams,
                notifications,
                catalog,
                Clock.systemUTC());
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
            IssueCatalogPort catalog,
            Clock clock) {
        this.service = new StandardsService(calendars, standards, results, history, visibility, teams, clock);
        this.live = new LiveClocksService(
                service, standards, calendars, history, running, running, notifications, visibility, clock);
        this.whatIf = new WhatIfService(standards, calendars, history, catalog, visibility, teams);
    }

    public StandardsService service() {
        return service;
    }

    /** Running clocks between events: stored state, the alert sweep and the breach list. */
    public LiveClocksService live() {
        return live;
    }

    /** Previews of draft versions against past periods; nothing stored changes. */
    public WhatIfService whatIf() {
        return whatIf;
    }

    /** What an issue event or a recompute does: record completed cycles and store the running ones. */
    public int record(long issueId) {
        int added = service.recordCycles(issueId);
        live.refresh(issueId);
        return added;
    }
}
