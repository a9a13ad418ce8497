package io.serviceculture.plugin.commitments.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the commitments API; every incoming field may be missing, so each is checked. */
public final class CommitmentsJson {
    private CommitmentsJson() {}

    /** {@code kind}: QUARTER, HALF, YEAR (any {@code start} inside it, or today) or CUSTOM ({@code start}, {@code end} exclusive). */
    public record PeriodJson(
            @Nullable String kind, @Nullable String start, @Nullable String end, @Nullable String label) {}

    /**
     * {@code type}: MEASURED (with {@code measure}, {@code value}, {@code direction} and, as the measure needs,
     * {@code standard}, {@code metric}, {@code team}: the client team for ISSUES_RESOLVED_FOR_CLIENT_TEAM, the providing
     * team for TEAM_OWNED_HOURS) or MILESTONES (with {@code milestones}).
     */
    public record TargetJson(
            @Nullable String type,
            @Nullable String measure,
            @Nullable Double value,
            @Nullable String direction,
            @Nullable String standard,
            @Nullable String metric,
            @Nullable String team,
            @Nullable List<String> milestones) {}

    /** The body of {@code POST /commitments} and {@code PUT /commitments/{id}}; the owner defaults to the caller. */
    public record CommitmentInJson(
            @Nullable String owner,
            @Nullable PeriodJson period,
            @Nullable String text,
            @Nullable TargetJson target,
            @Nullable String visibility) {}

    /** The body of {@code POST /commitments/{id}/check-ins}; progress in percent, optional. */
    public record CheckInInJson(@Nullable String note, @Nullable Integer progress) {}

    /** The body of {@code POST /commitments/copy}: copy the owner's previous quarter, half or year. */
    public record CopyJson(@Nullable String owner, @Nullable String kind) {}

    public record PersonJson(String key, String name, String displayName) {}

    public record SignOffJson(PersonJson by, String name, String at, int revision, boolean current) {}

    public record CheckInJson(PersonJson author, String at, String note, @Nullable Integer progress) {}

    /**
     * @param actual the measured figure in its {@code unit} (percent, minutes, ratio, count), null without data
     * @param progress 0–100
     * @param elapsed 0–100, the share of the period passed
     * @param lowConfidence the figure rests on fewer issues than the accountability threshold (team owned hours)
     */
    public record MeasurementJson(
            @Nullable Double actual,
            String unit,
            long sample,
            @Nullable Double progress,
            double elapsed,
            String status,
            boolean lowConfidence) {}

    public record CommitmentJson(
            long id,
            PersonJson owner,
            PeriodJson period,
            String text,
            TargetJson target,
            String visibility,
            int revision,
            PersonJson updatedBy,
            String updatedAt,
            boolean signedOff,
            @Nullable SignOffJson signOff,
            List<CheckInJson> checkIns,
            MeasurementJson measurement,
            boolean canEdit,
            boolean canSignOff) {}

    public record HistoryJson(String action, PersonJson by, String at, String detail) {}
}
