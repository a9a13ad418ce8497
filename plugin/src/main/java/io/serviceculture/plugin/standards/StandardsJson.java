package io.serviceculture.plugin.standards;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of calendars and standard versions. REST speaks them, and the database stores each definition
 * in the same shape, so a change here needs a migration of stored rows. Every field may be missing in what a
 * client sends, so the mapper checks each.
 */
public final class StandardsJson {
    private StandardsJson() {}

    /**
     * @param zone an IANA time zone such as {@code Europe/London}
     * @param hours working hours per day, such as {@code {"MONDAY": ["09:00-12:00", "13:00-17:00"]}}
     */
    public record CalendarJson(
            @Nullable String id,
            @Nullable String name,
            @Nullable String zone,
            @Nullable Map<String, List<String>> hours,
            @Nullable List<HolidayJson> holidays) {}

    /** @param date an ISO date, such as {@code 2026-12-25} */
    public record HolidayJson(@Nullable String date, @Nullable String name) {}

    /** @param format {@code CSV} or {@code ICS} */
    public record HolidayImportJson(@Nullable String format, @Nullable String text) {}

    /** Each list narrows the match; missing or empty means any. */
    public record RuleJson(
            @Nullable List<String> projects,
            @Nullable List<String> issueTypes,
            @Nullable List<String> priorities,
            @Nullable List<String> labels,
            @Nullable List<String> components,
            @Nullable List<String> clientTeams) {}

    /** @param reason {@code WAITING_FOR_CLIENT} or {@code WAITING_FOR_THIRD_PARTY}; statuses by id */
    public record PauseJson(@Nullable String reason, @Nullable List<String> statuses) {}

    /**
     * @param start names of {@code StartTrigger}s
     * @param stop names of {@code StopTrigger}s
     * @param goal working time as an ISO-8601 duration, such as {@code PT8H}
     */
    public record MetricJson(
            @Nullable String key,
            @Nullable String name,
            @Nullable List<String> start,
            @Nullable List<PauseJson> pauses,
            @Nullable List<String> stop,
            @Nullable String goal,
            @Nullable Integer warningPercent,
            @Nullable String calendar) {}

    /** @param effectiveFrom an ISO instant; a missing one means now */
    public record VersionJson(
            @Nullable Integer number,
            @Nullable String effectiveFrom,
            @Nullable String name,
            @Nullable RuleJson rule,
            @Nullable List<MetricJson> metrics) {}

    /** A new standard ({@code id} and one version) in a request; every version in a response. */
    public record StandardJson(@Nullable String id, @Nullable List<VersionJson> versions) {}
}
