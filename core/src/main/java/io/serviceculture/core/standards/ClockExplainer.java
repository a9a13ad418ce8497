package io.serviceculture.core.standards;

import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the evaluator's stretches into explained cycles: a paused stretch is one interval with its reason and
 * status; a counting stretch is cut where the calendar's working hours and holidays begin and end, and each piece
 * counts what the calendar says it holds. The calendar's working time is additive, so the pieces add up to what
 * the evaluator counted; {@link ExplainedCycle} checks it.
 */
final class ClockExplainer implements ClockTrace {
    private final List<ExplainedCycle> cycles = new ArrayList<>();
    private final List<ClockInterval> intervals = new ArrayList<>();
    private @Nullable BusinessCalendar calendar;
    private @Nullable ClockMoment last;

    @Override
    public void started(
            int version, Metric metric, BusinessCalendar governing, Instant at, @Nullable IssueEvent cause) {
        calendar = governing;
        intervals.clear();
        last = cause == null
                ? new ClockMoment(at, ClockMoment.Kind.ISSUE_CREATED, Optional.empty(), "")
                : momentOf(cause);
    }

    @Override
    public void stretch(
            Instant from,
            Instant to,
            @Nullable PauseReason pausedFor,
            StatusRef status,
            @Nullable IssueEvent closedBy) {
        ClockMoment opened = current();
        ClockMoment closing =
                closedBy == null ? new ClockMoment(to, ClockMoment.Kind.NOW, Optional.empty(), "") : momentOf(closedBy);
        last = closing;
        if (!to.isAfter(from)) {
            return;
        }
        if (pausedFor != null) {
            intervals.add(new ClockInterval(
                    from, to, IntervalReason.pausedFor(pausedFor), status.name(), Duration.ZERO, opened, closing));
            return;
        }
        BusinessCalendar counting = governing();
        List<CalendarSpan> spans = counting.spansBetween(from, to);
        for (int i = 0; i < spans.size(); i++) {
            CalendarSpan span = spans.get(i);
            ClockMoment startedBy = i == 0 ? opened : boundary(spans.get(i - 1), span);
            ClockMoment endedBy = i == spans.size() - 1 ? closing : boundary(span, spans.get(i + 1));
            IntervalReason reason = reasonOf(span.kind());
            Duration counted = counting.workingTimeBetween(span.from(), span.to());
            intervals.add(new ClockInterval(
                    span.from(),
                    span.to(),
                    reason,
                    reason == IntervalReason.HOLIDAY ? span.holidayName() : "",
                    counted,
                    startedBy,
                    endedBy));
        }
    }

    @Override
    public void stopped(CompletedCycle cycle) {
        cycles.add(new ExplainedCycle(
                cycle.version(), cycle.start(), Optional.of(cycle.stop()), cycle.elapsed(), cycle.goal(), intervals));
        intervals.clear();
    }

    @Override
    public void running(OngoingCycle cycle) {
        cycles.add(new ExplainedCycle(
                cycle.version(), cycle.start(), Optional.empty(), cycle.elapsed(), cycle.goal(), intervals));
        intervals.clear();
    }

    /** The cycles explained so far, oldest first. */
    List<ExplainedCycle> cycles() {
        return List.copyOf(cycles);
    }

    private static IntervalReason reasonOf(CalendarSpan.Kind kind) {
        if (kind == CalendarSpan.Kind.WORKING) {
            return IntervalReason.COUNTED;
        }
        return kind == CalendarSpan.Kind.HOLIDAY ? IntervalReason.HOLIDAY : IntervalReason.OUTSIDE_WORKING_HOURS;
    }

    /** What the calendar does between two spans that follow each other. */
    private static ClockMoment boundary(CalendarSpan before, CalendarSpan after) {
        Instant at = after.from();
        if (after.kind() == CalendarSpan.Kind.HOLIDAY) {
            return ClockMoment.calendar(at, ClockMoment.Kind.HOLIDAY_BEGINS, after.holidayName());
        }
        if (before.kind() == CalendarSpan.Kind.HOLIDAY) {
            return ClockMoment.calendar(at, ClockMoment.Kind.HOLIDAY_ENDS, before.holidayName());
        }
        return after.kind() == CalendarSpan.Kind.WORKING
                ? ClockMoment.calendar(at, ClockMoment.Kind.WORKING_HOURS_BEGIN, "")
                : ClockMoment.calendar(at, ClockMoment.Kind.WORKING_HOURS_END, "");
    }

    private static ClockMoment momentOf(IssueEvent event) {
        if (event instanceof IssueEvent.StatusChanged change) {
            return new ClockMoment(
                    event.at(),
                    ClockMoment.Kind.STATUS_CHANGED,
                    event.actor(),
                    change.to().name());
        }
        if (event instanceof IssueEvent.AssigneeChanged change) {
            return new ClockMoment(
                    event.at(),
                    ClockMoment.Kind.ASSIGNEE_CHANGED,
                    event.actor(),
                    change.to().map(key -> key.value()).orElse(""));
        }
        if (event instanceof IssueEvent.Commented) {
            return new ClockMoment(event.at(), ClockMoment.Kind.COMMENTED, event.actor(), "");
        }
        if (event instanceof IssueEvent.ResolutionSet resolution) {
            return new ClockMoment(event.at(), ClockMoment.Kind.RESOLUTION_SET, event.actor(), resolution.resolution());
        }
        return new ClockMoment(event.at(), ClockMoment.Kind.ISSUE_REOPENED, event.actor(), "");
    }

    private ClockMoment current() {
        if (last == null) {
            throw new IllegalStateException("no cycle started");
        }
        return last;
    }

    private BusinessCalendar governing() {
        if (calendar == null) {
            throw new IllegalStateException("no cycle started");
        }
        return calendar;
    }
}
