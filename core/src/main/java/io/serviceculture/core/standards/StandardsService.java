package io.serviceculture.core.standards;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.Holiday;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The use cases of client service standards: calendars and their holidays, standards published as immutable
 * versions, the clocks of one issue for a viewer, recording completed cycles, and attainment over what was
 * recorded. Who may administer is checked by the caller (a REST resource behind an admin-only annotation).
 */
public final class StandardsService {
    private final CalendarStorePort calendars;
    private final StandardStorePort standards;
    private final CycleResultsPort results;
    private final IssueHistoryPort history;
    private final IssueVisibilityPort visibility;
    private final PrimaryTeamPort teams;
    private final Clock clock;

    public StandardsService(
            CalendarStorePort calendars,
            StandardStorePort standards,
            CycleResultsPort results,
            IssueHistoryPort history,
            IssueVisibilityPort visibility,
            PrimaryTeamPort teams,
            Clock clock) {
        this.calendars = calendars;
        this.standards = standards;
        this.results = results;
        this.history = history;
        this.visibility = visibility;
        this.teams = teams;
        this.clock = clock;
    }

    public List<BusinessCalendar> calendars() {
        return calendars.allCalendars();
    }

    /** Creates or redefines a calendar. Clocks read calendars when they run, so later evaluations use it. */
    public BusinessCalendar defineCalendar(BusinessCalendar calendar) {
        calendars.saveCalendar(calendar);
        return calendar;
    }

    /**
     * Adds the holidays of a CSV or iCalendar text to a calendar; an imported date replaces a holiday already on
     * that date. Nothing is saved unless the whole file is clean.
     *
     * @throws io.serviceculture.core.common.InvalidInputException with every problem of the file, line by line
     */
    public BusinessCalendar importHolidays(CalendarId id, HolidayFormat format, String text) {
        BusinessCalendar calendar = calendars
                .findCalendar(id)
                .orElseThrow(() -> NotFoundException.onField(
                        "calendar", "service-culture.standards.calendar.error.not-found", id));
        List<Holiday> imported = format.parse(text).holidaysOrThrow();
        Map<java.time.LocalDate, Holiday> byDate = new TreeMap<>();
        calendar.holidays().forEach(holiday -> byDate.put(holiday.date(), holiday));
        imported.forEach(holiday -> byDate.put(holiday.date(), holiday));
        BusinessCalendar updated = calendar.withHolidays(new ArrayList<>(byDate.values()));
        calendars.saveCalendar(updated);
        return updated;
    }

    public List<ServiceStandard> standards() {
        return standards.allStandards();
    }

    /**
     * A new standard with its first version, which may take effect at any date: nothing was recorded for it yet.
     *
     * @throws ConflictException when a standard with this id exists
     */
    public ServiceStandard createStandard(StandardId id, StandardVersion first) {
        if (first.number() != 1) {
            throw new IllegalArgumentException("a new standard starts at version 1");
        }
        if (standards.findStandard(id).isPresent()) {
            throw ConflictException.onField("id", "service-culture.standards.error.exists", id);
        }
        requireCalendars(first);
        ServiceStandard standard = ServiceStandard.create(id, first);
        standards.addVersion(id, first);
        return standard;
    }

    /**
     * Publishes the next version of a standard, effective from now or later; earlier versions and the cycles they
     * produced stay as they are.
     */
    public ServiceStandard publishVersion(
            StandardId id, String name, MatchingRule rule, List<Metric> metrics, Instant effectiveFrom) {
        return publishVersion(id, name, rule, metrics, effectiveFrom, clock.instant());
    }

    /**
     * The next version, in force from this moment: one reading of the clock is both its start and "now", so it is
     * never refused as starting in the past by the time it is checked.
     */
    public ServiceStandard publishVersionNow(StandardId id, String name, MatchingRule rule, List<Metric> metrics) {
        Instant now = clock.instant();
        return publishVersion(id, name, rule, metrics, now, now);
    }

    private ServiceStandard publishVersion(
            StandardId id, String name, MatchingRule rule, List<Metric> metrics, Instant effectiveFrom, Instant now) {
        ServiceStandard standard = standards
                .findStandard(id)
                .orElseThrow(
                        () -> NotFoundException.onField("standard", "service-culture.standards.error.not-found", id));
        ServiceStandard next = standard.withNewVersion(name, rule, metrics, effectiveFrom, now);
        requireCalendars(next.latest());
        standards.addVersion(id, next.latest());
        return next;
    }

    /**
     * The clocks of an issue as of now. An issue the viewer may not browse is reported as not found, so its
     * existence is not revealed.
     */
    public IssueClocks clocks(UserKey viewer, long issueId) {
        if (!visibility.canBrowse(viewer, issueId)) {
            throw new NotFoundException("service-culture.standards.issue.error.not-found");
        }
        IssueTimeline timeline = history.timeline(issueId)
                .orElseThrow(() -> new NotFoundException("service-culture.standards.issue.error.not-found"));
        Instant now = clock.instant();
        return new IssueClocks(issueId, timeline.issueKey(), now, evaluate(timeline, now));
    }

    /**
     * The clocks of an issue as of now, every cycle cut into intervals that say why time counted or not, worked
     * out by the same walk as {@link #clocks}. Refused alike when the viewer may not browse the issue.
     */
    public IssueClocksExplained explain(UserKey viewer, long issueId) {
        if (!visibility.canBrowse(viewer, issueId)) {
            throw new NotFoundException("service-culture.standards.issue.error.not-found");
        }
        IssueTimeline timeline = history.timeline(issueId)
                .orElseThrow(() -> new NotFoundException("service-culture.standards.issue.error.not-found"));
        return explained(timeline);
    }

    /** {@link #explain} without the browse check, for figures that count issues without naming them. */
    IssueClocksExplained explained(IssueTimeline timeline) {
        Instant now = clock.instant();
        List<ClockExplanation> explanations = new ArrayList<>();
        evaluate(timeline, now, explanations);
        return new IssueClocksExplained(timeline.issueId(), timeline.issueKey(), now, explanations);
    }

    /**
     * Evaluates an issue from its history and records the cycles completed so far that are not yet stored; the
     * recompute after a missed event, and what the issue listener calls.
     *
     * @return how many cycles were new
     */
    public int recordCycles(long issueId) {
        Optional<IssueTimeline> found = history.timeline(issueId);
        if (found.isEmpty()) {
            return 0;
        }
        IssueTimeline timeline = found.get();
        List<RecordedCycle> completed = new ArrayList<>();
        for (StandardClock clock : evaluate(timeline, this.clock.instant())) {
            for (CompletedCycle cycle : clock.clock().completed()) {
                Optional<UserKey> assignee = assigneeAt(timeline, cycle.stop());
                Optional<TeamKey> team = assignee.flatMap(teams::primaryTeamOf);
                completed.add(new RecordedCycle(
                        new CycleResult(issueId, clock.standard(), clock.clock().metricKey(), cycle),
                        timeline.facts().projectKey(),
                        assignee,
                        team));
            }
        }
        return completed.isEmpty() ? 0 : results.record(completed);
    }

    /** Attainment over recorded cycles, grouped and in key order; groups without a cycle are absent. */
    public Map<String, Attainment> attainment(CycleQuery query, AttainmentGrouping grouping) {
        return AttainmentCalculator.byKey(results.find(query).stream(), grouping::keyOf, RecordedCycle::met)
                .entrySet()
                .stream()
                .collect(TreeMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll);
    }

    /** Every clock of an issue at {@code now}; the live clocks share it so both count alike. */
    List<StandardClock> evaluate(IssueTimeline timeline, Instant now) {
        return evaluate(timeline, now, null);
    }

    /** The same, explaining each clock into {@code explanations} when it is given. */
    private List<StandardClock> evaluate(
            IssueTimeline timeline, Instant now, @Nullable List<ClockExplanation> explanations) {
        Optional<TeamKey> clientTeam = timeline.reporter().flatMap(teams::primaryTeamOf);
        List<StandardClock> clocks = new ArrayList<>();
        for (ServiceStandard standard : standards.allStandards()) {
            for (Map.Entry<String, String> metric : metricNames(standard).entrySet()) {
                ClockExplainer explainer = explanations == null ? null : new ClockExplainer();
                MetricClock clock = ClockEvaluator.evaluate(
                        timeline, standard, metric.getKey(), clientTeam, calendars, now, explainer);
                if (!clock.isEmpty()) {
                    clocks.add(
                            new StandardClock(standard.id(), standard.latest().name(), metric.getValue(), clock));
                    if (explanations != null && explainer != null) {
                        explanations.add(new ClockExplanation(
                                standard.id(),
                                standard.latest().name(),
                                metric.getKey(),
                                metric.getValue(),
                                explainer.cycles()));
                    }
                }
            }
        }
        return clocks;
    }

    /** Every metric key any version has, in order of first appearance, named as its latest version names it. */
    private static Map<String, String> metricNames(ServiceStandard standard) {
        Map<String, String> names = new LinkedHashMap<>();
        for (StandardVersion version : standard.versions()) {
            for (Metric metric : version.metrics()) {
                names.put(metric.key(), metric.name());
            }
        }
        return names;
    }

    private static Optional<UserKey> assigneeAt(IssueTimeline timeline, Instant at) {
        Optional<UserKey> assignee = timeline.initialAssignee();
        for (IssueEvent.AssigneeChanged change : timeline.eventsOf(IssueEvent.AssigneeChanged.class)) {
            if (change.at().isAfter(at)) {
                break;
            }
            assignee = change.to();
        }
        return assignee;
    }

    private void requireCalendars(StandardVersion version) {
        for (Metric metric : version.metrics()) {
            CalendarId id = metric.calendar();
            if (calendars.findCalendar(id).isEmpty()) {
                throw InvalidInputException.onField(
                        "metrics", "service-culture.standards.calendar.error.not-found", id);
            }
        }
    }
}
