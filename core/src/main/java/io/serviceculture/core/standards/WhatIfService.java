package io.serviceculture.core.standards;

import io.serviceculture.core.accountability.IssueCatalogPort;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Previews a draft version of a standard against a past period without storing anything: every issue is
 * evaluated twice from its history, once with the standard as it is and once as if the draft had always been in
 * force, with the same evaluator that records cycles. Issues are read one at a time and only the changed cycles
 * are kept, so a long period costs time, not memory. Applying the draft is publishing it as the next version
 * ({@link StandardsService#publishVersion}), which never changes a cycle started before it takes effect.
 */
public final class WhatIfService {
    public static final int MAX_PAGE = 500;

    private final StandardStorePort standards;
    private final LoadCalendarsPort calendars;
    private final IssueHistoryPort history;
    private final IssueCatalogPort catalog;
    private final IssueVisibilityPort visibility;
    private final PrimaryTeamPort teams;

    public WhatIfService(
            StandardStorePort standards,
            LoadCalendarsPort calendars,
            IssueHistoryPort history,
            IssueCatalogPort catalog,
            IssueVisibilityPort visibility,
            PrimaryTeamPort teams) {
        this.standards = standards;
        this.calendars = calendars;
        this.history = history;
        this.catalog = catalog;
        this.visibility = visibility;
        this.teams = teams;
    }

    /** A draft version: what an admin would publish, without its number and start. */
    public record Draft(String name, MatchingRule rule, List<Metric> metrics) {
        public Draft {
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * The draft against the cycles that stopped in {@code [from, to)}; changes are listed by issue id, then
     * metric and start, {@code limit} of them from {@code offset}, on issues the viewer may browse.
     *
     * @throws NotFoundException when there is no such standard
     * @throws InvalidInputException when the period is empty, the page out of range, or the draft is invalid
     */
    public WhatIfPreview preview(
            UserKey viewer, StandardId id, Draft draft, Instant from, Instant to, int offset, int limit) {
        ServiceStandard current = standards
                .findStandard(id)
                .orElseThrow(
                        () -> NotFoundException.onField("standard", "service-culture.standards.error.not-found", id));
        if (!to.isAfter(from)) {
            throw InvalidInputException.onField("to", "service-culture.standards.attainment.error.period");
        }
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.onField("limit", "service-culture.standards.whatif.error.page", 1, MAX_PAGE);
        }
        // the draft as the only version, in force since before any issue existed
        ServiceStandard drafted = ServiceStandard.create(
                id, new StandardVersion(1, Instant.MIN, draft.name(), draft.rule(), draft.metrics()));
        for (Metric metric : draft.metrics()) {
            if (calendars.findCalendar(metric.calendar()).isEmpty()) {
                throw InvalidInputException.onField(
                        "metrics", "service-culture.standards.calendar.error.not-found", metric.calendar());
            }
        }
        Map<String, String> metricNames = new LinkedHashMap<>();
        for (StandardVersion version : current.versions()) {
            version.metrics().forEach(metric -> metricNames.put(metric.key(), metric.name()));
        }
        draft.metrics().forEach(metric -> metricNames.put(metric.key(), metric.name()));
        Map<String, Attainment[]> byMetric = new LinkedHashMap<>();
        metricNames.keySet().forEach(key -> byMetric.put(key, new Attainment[] {Attainment.none(), Attainment.none()}));

        int examined = 0;
        int changedTotal = 0;
        List<WhatIfChange> page = new ArrayList<>();
        List<Long> ids = new ArrayList<>(catalog.allIssueIds());
        ids.sort(null);
        for (long issueId : ids) {
            Optional<IssueTimeline> found = history.timeline(issueId);
            if (found.isEmpty() || !found.get().created().isBefore(to)) {
                continue;
            }
            examined++;
            IssueTimeline timeline = found.get();
            Optional<TeamKey> clientTeam = timeline.reporter().flatMap(teams::primaryTeamOf);
            boolean browsable = false;
            boolean browseAsked = false;
            for (String metricKey : metricNames.keySet()) {
                Map<Instant, CompletedCycle> before = inPeriod(
                        ClockEvaluator.evaluate(timeline, current, metricKey, clientTeam, calendars, to), from, to);
                Map<Instant, CompletedCycle> after = inPeriod(
                        ClockEvaluator.evaluate(timeline, drafted, metricKey, clientTeam, calendars, to), from, to);
                Attainment[] counts = byMetric.get(metricKey);
                counts[0] = counts[0].plus(attainmentOf(before));
                counts[1] = counts[1].plus(attainmentOf(after));
                SortedSet<Instant> starts = new TreeSet<>(before.keySet());
                starts.addAll(after.keySet());
                for (Instant start : starts) {
                    Optional<CompletedCycle> was = Optional.ofNullable(before.get(start));
                    Optional<CompletedCycle> would = Optional.ofNullable(after.get(start));
                    boolean flips = was.isEmpty()
                            || would.isEmpty()
                            || was.get().met() != would.get().met();
                    if (!flips) {
                        continue;
                    }
                    if (!browseAsked) {
                        browseAsked = true;
                        browsable = visibility.canBrowse(viewer, issueId);
                    }
                    if (!browsable) {
                        continue;
                    }
                    if (changedTotal >= offset && page.size() < limit) {
                        page.add(new WhatIfChange(issueId, timeline.issueKey(), metricKey, start, was, would));
                    }
                    changedTotal++;
                }
            }
        }
        Attainment allBefore = Attainment.none();
        Attainment allAfter = Attainment.none();
        List<WhatIfPreview.MetricAttainment> metrics = new ArrayList<>();
        for (Map.Entry<String, Attainment[]> entry : byMetric.entrySet()) {
            Attainment[] counts = entry.getValue();
            allBefore = allBefore.plus(counts[0]);
            allAfter = allAfter.plus(counts[1]);
            metrics.add(new WhatIfPreview.MetricAttainment(
                    entry.getKey(), metricNames.get(entry.getKey()), counts[0], counts[1]));
        }
        return new WhatIfPreview(id, from, to, examined, allBefore, allAfter, metrics, changedTotal, offset, page);
    }

    /**
     * The completed cycles of a clock evaluated as of the period's end that stopped at or after its start, by start.
     * Evaluating as of the end leaves out whatever happened after it, as the period saw it.
     */
    private static Map<Instant, CompletedCycle> inPeriod(MetricClock clock, Instant from, Instant to) {
        Map<Instant, CompletedCycle> cycles = new HashMap<>();
        for (CompletedCycle cycle : clock.completed()) {
            if (!cycle.stop().isBefore(from) && cycle.stop().isBefore(to)) {
                cycles.put(cycle.start(), cycle);
            }
        }
        return cycles;
    }

    private static Attainment attainmentOf(Map<Instant, CompletedCycle> cycles) {
        long met = cycles.values().stream().filter(CompletedCycle::met).count();
        return new Attainment(met, cycles.size());
    }
}
