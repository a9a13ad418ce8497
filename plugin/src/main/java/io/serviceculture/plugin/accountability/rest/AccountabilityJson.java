package io.serviceculture.plugin.accountability.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the accountability resources. */
public final class AccountabilityJson {
    private AccountabilityJson() {}

    /** A period as asked for: {@code from} and {@code to} inclusive days in {@code zone}. */
    public record PeriodJson(String from, String to, String zone) {}

    /** A component as numerator over denominator, and their ratio when there is data. */
    public record FractionJson(long numerator, long denominator, @Nullable Double ratio) {}

    /** The four components; reopens is the reopen rate, which the score counts as one minus it. */
    public record ComponentsJson(
            FractionJson attainment, FractionJson ownership, FractionJson reopens, FractionJson rating) {}

    /**
     * A cell: {@code client} null for reporters in no team; {@code band} {@code good}, {@code fair},
     * {@code poor} or {@code none} (no score), which the page shows as text and icon, not colour alone.
     */
    public record CellJson(
            String provider,
            @Nullable String client,
            @Nullable Double score,
            String band,
            int issues,
            boolean lowConfidence,
            ComponentsJson components) {}

    public record MatrixJson(
            PeriodJson period, List<String> providers, List<@Nullable String> clients, List<CellJson> cells) {}

    /** One issue behind a cell, with what it adds to each component. */
    public record ContributionJson(long issueId, String issueKey, String resolvedAt, ComponentsJson components) {}

    /** The issues the viewer may not browse, only as a count and a sum. */
    public record HiddenJson(int issues, ComponentsJson components) {}

    public record DrillDownJson(PeriodJson period, CellJson cell, List<ContributionJson> issues, HiddenJson hidden) {}

    public record ChainJson(List<String> teams, String text, int issues) {}

    public record ChainsJson(PeriodJson period, List<ChainJson> chains) {}

    public record TrendPointJson(
            String start, @Nullable Double score, int issues, boolean lowConfidence, ComponentsJson components) {}

    public record TrendJson(PeriodJson period, String team, String granularity, List<TrendPointJson> points) {}

    public record WeightsJson(
            @Nullable Integer attainment,
            @Nullable Integer ownership,
            @Nullable Integer reopens,
            @Nullable Integer rating) {}

    /** The admin's settings; in a change, missing fields keep their value. */
    public record SettingsJson(
            @Nullable WeightsJson weights,
            @Nullable Integer reopenWindowDays,
            @Nullable Integer lowConfidenceBelow,
            @Nullable RebuildJson rebuild) {}

    public record RebuildJson(String state, int done, int total, @Nullable String started, @Nullable String finished) {}

    /** The body of a rating. */
    public record RateJson(@Nullable Integer stars, @Nullable String comment) {}

    public record RatingJson(
            String issueKey, int stars, String comment, String created, String updated, String editableUntil) {}

    /**
     * A cell's owned time: the provider's mean owned working hours per issue on the resolution clock, and the mean
     * of each issue's hours over the median of its priority in the period (1.0 = typical); null without data.
     * {@code issues} counts the cell's issues a resolution clock measured, which may be fewer than the cell's.
     */
    public record OwnedTimeCellJson(
            String provider,
            @Nullable String client,
            int issues,
            @Nullable Double meanHours,
            @Nullable Double index,
            boolean lowConfidence) {}

    public record OwnedTimeMatrixJson(PeriodJson period, List<OwnedTimeCellJson> cells) {}

    /** One issue's owned time in a cell: exact milliseconds, hours, and hours over its priority's median. */
    public record OwnedTimeJson(
            long issueId,
            String issueKey,
            String priority,
            long ownedMillis,
            double hours,
            @Nullable Double normalised) {}

    /** The issues the viewer may not browse, as sums: hours, and the normalised values that are defined. */
    public record OwnedTimeHiddenJson(int issues, double hours, double normalisedSum, int normalisedIssues) {}

    public record OwnedTimeDrillDownJson(
            PeriodJson period, OwnedTimeCellJson cell, List<OwnedTimeJson> issues, OwnedTimeHiddenJson hidden) {}
}
