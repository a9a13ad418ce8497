package io.serviceculture.core.standards;

import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Hears the clock's own walk through an issue, stretch by stretch, so that an explanation is made by the code
 * that counts and cannot drift from it. Stretches of one cycle follow each other without a gap from its start to
 * its stop (or "now").
 */
interface ClockTrace {
    /** A cycle starts; {@code cause} is null when the issue's creation started it. */
    void started(int version, Metric metric, BusinessCalendar calendar, Instant at, @Nullable IssueEvent cause);

    /**
     * The issue spent {@code [from, to)} in {@code status}, paused for {@code pausedFor} or counting working time;
     * {@code closedBy} is null for the stretch that runs up to "now".
     */
    void stretch(
            Instant from, Instant to, @Nullable PauseReason pausedFor, StatusRef status, @Nullable IssueEvent closedBy);

    void stopped(CompletedCycle cycle);

    void running(OngoingCycle cycle);
}
