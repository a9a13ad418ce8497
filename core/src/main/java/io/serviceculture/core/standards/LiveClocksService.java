package io.serviceculture.core.standards;

import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Running clocks between events: issue events store when each running cycle will warn and breach, and a
 * periodic sweep raises the alerts that came due, once per cycle and kind, telling the people concerned. The
 * sweep re-evaluates each due issue from its history before raising anything, so a stale stored state can only
 * delay an alert, never invent one.
 */
public final class LiveClocksService {
    /** Issues a sweep reads at a time, and pages it reads at most, so one run stays short. */
    static final int SWEEP_PAGE = 200;

    static final int SWEEP_PAGES = 50;

    private final StandardsService standards;
    private final StandardStorePort standardStore;
    private final LoadCalendarsPort calendars;
    private final IssueHistoryPort history;
    private final RunningClocksPort running;
    private final ClockAlertsPort alerts;
    private final ClockAlertNotificationPort notifications;
    private final IssueVisibilityPort visibility;
    private final Clock clock;

    public LiveClocksService(
            StandardsService standards,
            StandardStorePort standardStore,
            LoadCalendarsPort calendars,
            IssueHistoryPort history,
            RunningClocksPort running,
            ClockAlertsPort alerts,
            ClockAlertNotificationPort notifications,
            IssueVisibilityPort visibility,
            Clock clock) {
        this.standards = standards;
        this.standardStore = standardStore;
        this.calendars = calendars;
        this.history = history;
        this.running = running;
        this.alerts = alerts;
        this.notifications = notifications;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** Stores when the running cycles of an issue warn and breach, as of now; called on every issue event. */
    public void refresh(long issueId) {
        Optional<IssueTimeline> timeline = history.timeline(issueId);
        if (timeline.isEmpty()) {
            running.replaceRunning(issueId, List.of());
            return;
        }
        Instant now = clock.instant();
        running.replaceRunning(issueId, runningOf(issueId, standards.evaluate(timeline.get(), now), now));
    }

    /**
     * Raises the alerts that came due since the last sweep: for each issue whose stored warning or goal time has
     * passed, evaluates it afresh and records a breach (or, before the goal, a warning) of each running cycle
     * once; then stores its state again.
     *
     * @return how many alerts were new
     */
    public int sweep() {
        int raised = 0;
        for (int page = 0; page < SWEEP_PAGES; page++) {
            Instant now = clock.instant();
            List<Long> due = running.issuesDueBy(now, SWEEP_PAGE);
            if (due.isEmpty()) {
                break;
            }
            for (long issueId : due) {
                raised += raiseDue(issueId, now);
            }
        }
        return raised;
    }

    /** Alerts newest first, only on issues the viewer may browse, at most {@code limit}. */
    public List<ClockAlert> alertsFor(UserKey viewer, int limit) {
        List<ClockAlert> visible = new ArrayList<>();
        int offset = 0;
        while (visible.size() < limit) {
            List<ClockAlert> page = alerts.newestFirst(offset, SWEEP_PAGE);
            for (ClockAlert alert : page) {
                if (visible.size() < limit && visibility.canBrowse(viewer, alert.issueId())) {
                    visible.add(alert);
                }
            }
            if (page.size() < SWEEP_PAGE) {
                break;
            }
            offset += page.size();
        }
        return visible;
    }

    private int raiseDue(long issueId, Instant now) {
        Optional<IssueTimeline> found = history.timeline(issueId);
        if (found.isEmpty()) {
            running.replaceRunning(issueId, List.of());
            return 0;
        }
        IssueTimeline timeline = found.get();
        List<StandardClock> clocks = standards.evaluate(timeline, now);
        int raised = 0;
        for (StandardClock standardClock : clocks) {
            Optional<OngoingCycle> ongoing = standardClock.clock().ongoing();
            if (ongoing.isEmpty() || !(ongoing.get().breached() || ongoing.get().warning())) {
                continue;
            }
            OngoingCycle cycle = ongoing.get();
            ClockAlert alert = new ClockAlert(
                    issueId,
                    timeline.issueKey(),
                    standardClock.standard(),
                    standardClock.standardName(),
                    standardClock.clock().metricKey(),
                    standardClock.metricName(),
                    cycle.start(),
                    cycle.breached() ? AlertKind.BREACH : AlertKind.WARNING,
                    now,
                    cycle.elapsed(),
                    cycle.goal());
            if (alerts.record(alert)) {
                raised++;
                notifications.alertRaised(alert);
            }
        }
        running.replaceRunning(issueId, runningOf(issueId, clocks, now));
        return raised;
    }

    private List<RunningClock> runningOf(long issueId, List<StandardClock> clocks, Instant now) {
        List<RunningClock> result = new ArrayList<>();
        for (StandardClock standardClock : clocks) {
            Optional<OngoingCycle> ongoing = standardClock.clock().ongoing();
            if (ongoing.isEmpty()) {
                continue;
            }
            OngoingCycle cycle = ongoing.get();
            String metricKey = standardClock.clock().metricKey();
            String keyPrefix = issueId + "|" + standardClock.standard().value() + "|" + metricKey + "|"
                    + cycle.start().toEpochMilli() + "|";
            boolean breachRaised = alerts.exists(keyPrefix + AlertKind.BREACH);
            // a breach makes the warning moot: once the goal has passed, no warning is owed any more
            boolean warningSettled = breachRaised || cycle.breached() || alerts.exists(keyPrefix + AlertKind.WARNING);
            Optional<Instant> dueAt =
                    breachRaised ? Optional.empty() : cycle.breached() ? Optional.of(now) : cycle.dueAt();
            Optional<Instant> warnAt = warningSettled ? Optional.empty() : warnAt(standardClock, cycle, now);
            result.add(new RunningClock(issueId, standardClock.standard(), metricKey, cycle.start(), warnAt, dueAt));
        }
        return result;
    }

    private Optional<Instant> warnAt(StandardClock standardClock, OngoingCycle cycle, Instant now) {
        if (cycle.warning()) {
            return Optional.of(now);
        }
        if (cycle.paused()) {
            return Optional.empty();
        }
        Duration threshold = cycle.goal().multipliedBy(cycle.warningPercent()).dividedBy(100);
        Duration left = threshold.minus(cycle.elapsed());
        return calendarOf(
                        standardClock.standard(),
                        cycle.version(),
                        standardClock.clock().metricKey())
                .map(calendar -> calendar.addWorkingTime(now, left.isNegative() ? Duration.ZERO : left));
    }

    private Optional<BusinessCalendar> calendarOf(StandardId id, int version, String metricKey) {
        return standardStore
                .findStandard(id)
                .filter(standard ->
                        version >= 1 && version <= standard.versions().size())
                .flatMap(standard -> standard.versions().get(version - 1).metric(metricKey))
                .flatMap(metric -> calendars.findCalendar(metric.calendar()));
    }
}
