package io.serviceculture.plugin.config.rest;

import io.serviceculture.plugin.standards.StandardsJson.CalendarJson;
import io.serviceculture.plugin.standards.StandardsJson.StandardJson;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The configuration document. Calendars and standards keep the shapes the standards REST API speaks, so an admin
 * who knows one knows the other. People are named by user name and teams by group name, since user keys differ
 * between two Jira instances. Every field may be missing in what is uploaded, so the mapper checks each.
 */
public final class ConfigurationJson {
    /** Bumped only for a change an older app could not read; an import refuses any other number. */
    public static final int FORMAT_VERSION = 1;

    private ConfigurationJson() {}

    public record DocumentJson(
            @Nullable Integer formatVersion,
            @Nullable String exportedAt,
            @Nullable List<CalendarJson> calendars,
            @Nullable List<StandardJson> standards,
            @Nullable List<ValueJson> values,
            @Nullable TeamsJson teams,
            @Nullable AccountabilityJson accountability,
            @Nullable SettingsJson settings) {}

    public record ValueJson(
            @Nullable String id, @Nullable String name, @Nullable String description, @Nullable Boolean active) {}

    /** @param leads user names of each team's leads, by group name */
    public record TeamsJson(
            @Nullable List<String> groups, @Nullable String hrGroup, @Nullable Map<String, List<String>> leads) {}

    public record WeightsJson(
            @Nullable Integer attainment,
            @Nullable Integer ownership,
            @Nullable Integer reopens,
            @Nullable Integer rating) {}

    public record AccountabilityJson(
            @Nullable WeightsJson weights, @Nullable Integer reopenWindowDays, @Nullable Integer lowConfidenceBelow) {}

    /**
     * @param features each feature's switch by id ({@code standards}, {@code commitments}, {@code accountability},
     *     {@code kudos})
     * @param retentionMonths 0 keeps kudos and ratings for ever
     */
    public record SettingsJson(
            @Nullable Map<String, Boolean> features,
            @Nullable Boolean restrictPersonFigures,
            @Nullable Integer weeklyAllowance,
            @Nullable Boolean leaderboards,
            @Nullable Boolean reportsPrivateText,
            @Nullable Integer retentionMonths) {}

    /** One section of a preview or an applied import. */
    public record SectionJson(String section, List<String> added, List<String> changed, List<String> removed) {}

    /** @param applied whether the configuration was replaced (apply) or only compared (preview) */
    public record DiffJson(boolean applied, boolean empty, List<SectionJson> sections) {}

    /** The body of {@code PUT /admin/config/retention}. */
    public record RetentionJson(@Nullable Integer months) {}
}
