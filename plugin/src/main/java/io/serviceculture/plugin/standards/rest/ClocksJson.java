package io.serviceculture.plugin.standards.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An issue's clocks as {@code GET /issue/{idOrKey}/clocks} returns them. Times are in the viewer's zone with their
 * offset; every state comes with a text, so that nothing is told by colour alone. Durations are working time of
 * the metric's calendar, in seconds; a negative remaining time is overdue.
 */
public record ClocksJson(String issueKey, String now, String zone, List<ClockJson> clocks) {

    /** @param state {@code running}, {@code warning}, {@code paused}, {@code breached}, {@code met} or {@code missed} */
    public record ClockJson(
            String standard,
            String standardName,
            String metric,
            String metricName,
            String state,
            String stateText,
            @Nullable OngoingJson ongoing,
            List<CycleJson> completed,
            int met,
            int breached,
            String cyclesText) {}

    public record OngoingJson(
            int version,
            String startedAt,
            long elapsedSeconds,
            long goalSeconds,
            long remainingSeconds,
            String remainingText,
            boolean paused,
            @Nullable String pausedReason,
            @Nullable String pausedReasonText,
            @Nullable String dueAt,
            @Nullable String dueText,
            boolean warning,
            boolean breached) {}

    public record CycleJson(
            int version,
            String start,
            String stop,
            long elapsedSeconds,
            long goalSeconds,
            boolean met,
            String stateText) {}
}
