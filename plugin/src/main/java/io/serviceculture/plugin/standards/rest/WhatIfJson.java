package io.serviceculture.plugin.standards.rest;

import io.serviceculture.plugin.standards.StandardsJson.VersionJson;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The what-if preview of a draft version: what an admin sends and what comes back. */
public final class WhatIfJson {
    private WhatIfJson() {}

    /**
     * @param draft the version as it would be published ({@code effectiveFrom} and {@code number} are ignored)
     * @param from the period's start, an ISO instant; cycles that stopped at or after it count
     * @param to the period's end, an ISO instant, exclusive
     * @param limit changed cycles per page, 50 unless given, at most 500
     */
    public record PreviewRequestJson(
            @Nullable VersionJson draft,
            @Nullable String from,
            @Nullable String to,
            @Nullable Integer offset,
            @Nullable Integer limit) {}

    /** @param ratio null when no cycle completed */
    public record AttainmentJson(long met, long completed, @Nullable Double ratio, String text) {}

    public record MetricJson(String metric, String metricName, AttainmentJson before, AttainmentJson after) {}

    /** One side of a change; null in {@link ChangeJson} when that version does not cover the issue. */
    public record OutcomeJson(int version, String stop, long elapsedSeconds, long goalSeconds, boolean met) {}

    /**
     * @param why {@code GOAL}, {@code COUNTED_TIME}, {@code GOAL_AND_COUNTED_TIME}, {@code NEWLY_COVERED} or
     *     {@code NO_LONGER_COVERED}
     */
    public record ChangeJson(
            String issueKey,
            String metric,
            String start,
            @Nullable OutcomeJson before,
            @Nullable OutcomeJson after,
            String beforeText,
            String afterText,
            String why,
            String whyText) {}

    public record PreviewJson(
            String standard,
            String from,
            String to,
            int issuesExamined,
            AttainmentJson before,
            AttainmentJson after,
            List<MetricJson> metrics,
            int changedTotal,
            int offset,
            List<ChangeJson> changes) {}
}
