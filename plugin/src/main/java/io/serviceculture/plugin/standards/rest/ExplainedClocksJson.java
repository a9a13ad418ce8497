package io.serviceculture.plugin.standards.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An issue's clocks explained, as {@code GET /issue/{idOrKey}/clocks/explain} returns them: each cycle's intervals
 * in order, counted or not and why, with what began and ended each. Times are in the viewer's zone. The counted
 * milliseconds of a cycle's intervals add up exactly to its elapsed milliseconds (Jira keeps times to the
 * millisecond); the texts round to the minute.
 */
public record ExplainedClocksJson(String issueKey, String now, String zone, List<ClockJson> clocks) {

    public record ClockJson(
            String standard, String standardName, String metric, String metricName, List<CycleJson> cycles) {}

    /** @param stop null while the cycle runs */
    public record CycleJson(
            int version,
            String start,
            @Nullable String stop,
            boolean running,
            long elapsedMillis,
            long goalMillis,
            boolean met,
            String summaryText,
            List<IntervalJson> intervals) {}

    /**
     * @param reason {@code COUNTED}, {@code OUTSIDE_WORKING_HOURS}, {@code HOLIDAY}, {@code WAITING_FOR_CLIENT} or
     *     {@code WAITING_FOR_THIRD_PARTY}
     */
    public record IntervalJson(
            String from,
            String to,
            String fromText,
            String toText,
            boolean counted,
            String reason,
            String reasonText,
            long countedMillis,
            String countedText,
            MomentJson startedBy,
            MomentJson endedBy) {}

    /** @param kind a {@code ClockMoment.Kind} name; {@code actor} is a user key, null for automation or the calendar */
    public record MomentJson(String at, String kind, @Nullable String actor, String text) {}
}
