package io.serviceculture.core.standards;

import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes a metric's clock on an issue as a pure function of the issue's timeline and "now"; events after "now"
 * are ignored, so a past moment can be replayed.
 *
 * <p>How cycles are counted: a cycle starts on one of the metric's start triggers when no cycle is running (the
 * issue's creation; for resolution also a reopen). While it runs, working time of the metric's calendar counts,
 * except while the issue is in a pause status. It stops on the first stop trigger; met when the time counted is at
 * most the goal. A cycle still running at "now" is the ongoing one.
 *
 * <p>Which version applies: the version of the standard in force at the instant a cycle starts, and only if that
 * version matches the issue and has the metric. That version's pauses, stops, goal and calendar govern the cycle
 * to its end, and the cycle records its number; a later version never changes it.
 */
public final class ClockEvaluator {
    private ClockEvaluator() {}

    /** What governs a cycle: a version's number, its metric and the metric's calendar. */
    private record Rules(int version, Metric metric, BusinessCalendar calendar) {}

    @FunctionalInterface
    private interface RulesAt {
        @Nullable
        Rules at(Instant instant);
    }

    /** One metric on its own, as if it were version 1 of a standard in force since forever. */
    public static MetricClock evaluate(IssueTimeline timeline, Metric metric, BusinessCalendar calendar, Instant now) {
        return evaluate(timeline, metric, calendar, now, null);
    }

    /** The same, telling {@code trace} every stretch it counts or leaves out: how an explanation is made. */
    static MetricClock evaluate(
            IssueTimeline timeline, Metric metric, BusinessCalendar calendar, Instant now, @Nullable ClockTrace trace) {
        Rules rules = new Rules(1, metric, calendar);
        return evaluate(timeline, metric.key(), instant -> rules, now, trace);
    }

    /**
     * A metric of a standard, each cycle governed by the version in force when it started.
     *
     * @param clientTeam the reporter's primary team when the issue was created, for rules that name client teams
     * @throws NotFoundException when a version's metric names a calendar that does not exist
     */
    public static MetricClock evaluate(
            IssueTimeline timeline,
            ServiceStandard standard,
            String metricKey,
            Optional<TeamKey> clientTeam,
            LoadCalendarsPort calendars,
            Instant now) {
        return evaluate(timeline, standard, metricKey, clientTeam, calendars, now, null);
    }

    /** The same, telling {@code trace} every stretch it counts or leaves out: how an explanation is made. */
    static MetricClock evaluate(
            IssueTimeline timeline,
            ServiceStandard standard,
            String metricKey,
            Optional<TeamKey> clientTeam,
            LoadCalendarsPort calendars,
            Instant now,
            @Nullable ClockTrace trace) {
        Rules[] byVersion = new Rules[standard.versions().size() + 1];
        boolean[] resolved = new boolean[byVersion.length];
        return evaluate(
                timeline,
                metricKey,
                instant -> {
                    Optional<StandardVersion> version = standard.versionAt(instant);
                    if (version.isEmpty()) {
                        return null;
                    }
                    int number = version.get().number();
                    if (!resolved[number]) {
                        resolved[number] = true;
                        byVersion[number] = rulesOf(version.get(), metricKey, timeline, clientTeam, calendars);
                    }
                    return byVersion[number];
                },
                now,
                trace);
    }

    private static @Nullable Rules rulesOf(
            StandardVersion version,
            String metricKey,
            IssueTimeline timeline,
            Optional<TeamKey> clientTeam,
            LoadCalendarsPort calendars) {
        Optional<Metric> metric = version.metric(metricKey);
        if (metric.isEmpty() || !version.rule().matches(timeline.facts(), clientTeam)) {
            return null;
        }
        BusinessCalendar calendar = calendars
                .findCalendar(metric.get().calendar())
                .orElseThrow(() -> new NotFoundException(
                        "service-culture.standards.calendar.error.not-found",
                        metric.get().calendar()));
        return new Rules(version.number(), metric.get(), calendar);
    }

    private static MetricClock evaluate(
            IssueTimeline timeline, String metricKey, RulesAt rulesAt, Instant now, @Nullable ClockTrace trace) {
        if (timeline.created().isAfter(now)) {
            return new MetricClock(metricKey, List.of(), Optional.empty());
        }
        Cycle cycle = new Cycle(timeline.reporter().orElse(null), trace);
        StatusRef status = timeline.initialStatus();
        List<CompletedCycle> completed = new ArrayList<>(2);
        Rules created = rulesAt.at(timeline.created());
        if (created != null && created.metric().startOn().contains(StartTrigger.ISSUE_CREATED)) {
            cycle.start(created, timeline.created(), status, null);
        }
        for (IssueEvent event : timeline.events()) {
            Instant at = event.at();
            if (at.isAfter(now)) {
                break;
            }
            if (event instanceof IssueEvent.StatusChanged change) {
                status = change.to();
                if (cycle.running()) {
                    if (cycle.stopsOn(StopTrigger.TRANSITION_BY_OTHER_THAN_REPORTER)
                            && cycle.isOtherThanReporter(event.actor())) {
                        completed.add(cycle.stop(at, event));
                    } else {
                        cycle.statusChanged(at, status, event);
                    }
                }
            } else if (event instanceof IssueEvent.Commented comment) {
                if (cycle.running()
                        && cycle.isOtherThanReporter(event.actor())
                        && (cycle.stopsOn(StopTrigger.COMMENT_BY_OTHER_THAN_REPORTER)
                                || (!comment.restricted()
                                        && cycle.stopsOn(StopTrigger.PUBLIC_COMMENT_BY_OTHER_THAN_REPORTER)))) {
                    completed.add(cycle.stop(at, event));
                }
            } else if (event instanceof IssueEvent.ResolutionSet) {
                if (cycle.running() && cycle.stopsOn(StopTrigger.RESOLUTION_SET)) {
                    completed.add(cycle.stop(at, event));
                }
            } else if (event instanceof IssueEvent.ResolutionCleared && !cycle.running()) {
                Rules rules = rulesAt.at(at);
                if (rules != null && rules.metric().startOn().contains(StartTrigger.ISSUE_REOPENED)) {
                    cycle.start(rules, at, status, event);
                }
            } else if (event instanceof IssueEvent.AssigneeChanged && trace != null && cycle.running()) {
                // changes nothing on the clock; an explanation shows who held the issue from when
                cycle.boundary(at, event);
            }
        }
        return new MetricClock(
                metricKey, completed, cycle.running() ? Optional.of(cycle.ongoing(now)) : Optional.empty());
    }

    /** The state of the cycle being walked through; mutable, and never leaves one evaluation. */
    private static final class Cycle {
        private final @Nullable UserKey reporter;
        /** Null when nobody asked for an explanation, which is the common case and costs nothing. */
        private final @Nullable ClockTrace trace;
        /** Where the stretch being traced began, and the status it is in. */
        private Instant stretchSince = Instant.EPOCH;

        private @Nullable StatusRef status;
        private @Nullable Rules rules;
        private Instant start = Instant.EPOCH;
        /** Where the current counting stretch began; meaningless while paused. */
        private Instant countingSince = Instant.EPOCH;

        private @Nullable PauseReason pausedFor;
        private Duration elapsed = Duration.ZERO;

        Cycle(@Nullable UserKey reporter, @Nullable ClockTrace trace) {
            this.reporter = reporter;
            this.trace = trace;
        }

        boolean running() {
            return rules != null;
        }

        boolean stopsOn(StopTrigger trigger) {
            return rules != null && rules.metric().stopOn().contains(trigger);
        }

        boolean isOtherThanReporter(Optional<UserKey> actor) {
            return actor.isPresent() && !actor.get().equals(reporter);
        }

        void start(Rules governing, Instant at, StatusRef in, @Nullable IssueEvent cause) {
            rules = governing;
            start = at;
            countingSince = at;
            elapsed = Duration.ZERO;
            pausedFor = governing.metric().pauseReasonOrNull(in.id());
            if (trace != null) {
                status = in;
                stretchSince = at;
                trace.started(governing.version(), governing.metric(), governing.calendar(), at, cause);
            }
        }

        /** Closes the traced stretch at an event that leaves the clock as it is. */
        void boundary(Instant at, IssueEvent event) {
            if (trace != null) {
                trace.stretch(stretchSince, at, pausedFor, traced(), event);
                stretchSince = at;
            }
        }

        void statusChanged(Instant at, StatusRef to, IssueEvent event) {
            boundary(at, event);
            if (trace != null) {
                status = to;
            }
            Rules current = rules();
            PauseReason next = current.metric().pauseReasonOrNull(to.id());
            if (pausedFor == null && next != null) {
                elapsed = elapsed.plus(current.calendar().workingTimeBetween(countingSince, at));
            } else if (pausedFor != null && next == null) {
                countingSince = at;
            }
            pausedFor = next;
        }

        CompletedCycle stop(Instant at, IssueEvent event) {
            boundary(at, event);
            Rules current = rules();
            Duration total = pausedFor == null
                    ? elapsed.plus(current.calendar().workingTimeBetween(countingSince, at))
                    : elapsed;
            rules = null;
            CompletedCycle completed = new CompletedCycle(
                    current.version(), start, at, total, current.metric().goal());
            if (trace != null) {
                trace.stopped(completed);
            }
            return completed;
        }

        OngoingCycle ongoing(Instant now) {
            Rules current = rules();
            Metric metric = current.metric();
            Duration total = pausedFor == null
                    ? elapsed.plus(current.calendar().workingTimeBetween(countingSince, now))
                    : elapsed;
            Duration remaining = metric.goal().minus(total);
            Optional<Instant> due = pausedFor == null && !remaining.isNegative()
                    ? Optional.of(current.calendar().addWorkingTime(now, remaining))
                    : Optional.empty();
            OngoingCycle ongoing = new OngoingCycle(
                    current.version(),
                    start,
                    total,
                    metric.goal(),
                    metric.warningPercent(),
                    Optional.ofNullable(pausedFor),
                    due);
            if (trace != null) {
                trace.stretch(stretchSince, now, pausedFor, traced(), null);
                trace.running(ongoing);
            }
            return ongoing;
        }

        private StatusRef traced() {
            if (status == null) {
                throw new IllegalStateException("no status is traced");
            }
            return status;
        }

        private Rules rules() {
            if (rules == null) {
                throw new IllegalStateException("no cycle is running");
            }
            return rules;
        }
    }
}
