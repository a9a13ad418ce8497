package io.serviceculture.plugin.commitments.web;

import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CheckInJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CommitmentJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.MeasurementJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.TargetJson;
import io.serviceculture.plugin.web.Html;
import io.serviceculture.plugin.web.Texts;
import java.util.List;
import java.util.Locale;

/**
 * One commitment as the panel and the team page show it. Every figure is also written as text beside its bar and
 * the status is a word in a lozenge, so nothing is told by colour alone.
 */
public final class CommitmentItemView {
    private final CommitmentJson json;
    private final Texts texts;

    CommitmentItemView(CommitmentJson json, Texts texts) {
        this.json = json;
        this.texts = texts;
    }

    public long getId() {
        return json.id();
    }

    public String getOwnerNameHtml() {
        return Html.escape(json.owner().displayName());
    }

    public String getOwnerKeyHtml() {
        return Html.escape(json.owner().name());
    }

    public String getTextHtml() {
        return Html.escape(json.text());
    }

    public String getPeriodHtml() {
        return Html.escape(json.period().label() == null ? "" : json.period().label());
    }

    /** Such as "Attainment ≥ 95 % (help-response, first-response)" or "3 milestones". */
    public String getTargetHtml() {
        TargetJson target = json.target();
        if (target.measure() == null) {
            List<String> milestones = target.milestones() == null ? List.of() : target.milestones();
            return texts.textHtml("service-culture.commitments.target.milestones", milestones.size()) + " "
                    + Html.escape(String.join(" · ", milestones));
        }
        String measure = texts.textHtml(measureKey(target.measure()));
        String sign = "AT_MOST".equals(target.direction()) ? "≤" : "≥";
        String value = figure(
                target.value() == null ? 0 : target.value(), json.measurement().unit());
        StringBuilder text =
                new StringBuilder(measure).append(' ').append(sign).append(' ').append(Html.escape(value));
        String scope = String.join(
                ", ",
                java.util.stream.Stream.of(target.standard(), target.metric(), target.team())
                        .filter(part -> part != null && !part.isEmpty())
                        .toList());
        if (!scope.isEmpty()) {
            text.append(" (").append(Html.escape(scope)).append(')');
        }
        return text.toString();
    }

    /** The measured figure, such as "66.7 %", or a dash without data; empty for milestones. */
    public String getActualHtml() {
        MeasurementJson measurement = json.measurement();
        if ("PROGRESS".equals(measurement.unit())) {
            return "";
        }
        return measurement.actual() == null
                ? texts.textHtml("service-culture.commitments.actual.none")
                : Html.escape(figure(measurement.actual(), measurement.unit()));
    }

    /**
     * "n = 3: too few issues to rely on" when the figure rests on fewer issues than the accountability threshold, so
     * a team is not judged on a handful of issues; empty otherwise.
     */
    public String getConfidenceHtml() {
        return json.measurement().lowConfidence()
                ? texts.textHtml(
                        "service-culture.commitments.low-confidence",
                        json.measurement().sample())
                : "";
    }

    public int getProgress() {
        Double progress = json.measurement().progress();
        return progress == null ? 0 : (int) Math.round(progress);
    }

    public String getProgressTextHtml() {
        Double progress = json.measurement().progress();
        return progress == null
                ? texts.textHtml("service-culture.commitments.progress.none")
                : texts.textHtml(
                        "service-culture.commitments.progress.text",
                        String.format(Locale.ROOT, "%.0f", progress),
                        String.format(Locale.ROOT, "%.0f", json.measurement().elapsed()));
    }

    public String getStatusHtml() {
        return Html.escape(json.measurement().status());
    }

    public String getStatusTextHtml() {
        return texts.textHtml(
                switch (json.measurement().status()) {
                    case "ON_TRACK" -> "service-culture.commitments.status.on-track";
                    case "AT_RISK" -> "service-culture.commitments.status.at-risk";
                    case "OFF_TRACK" -> "service-culture.commitments.status.off-track";
                    default -> "service-culture.commitments.status.no-data";
                });
    }

    public String getStatusLozengeHtml() {
        return switch (json.measurement().status()) {
            case "ON_TRACK" -> "aui-lozenge-success";
            case "AT_RISK" -> "aui-lozenge-moved";
            case "OFF_TRACK" -> "aui-lozenge-error";
            default -> "aui-lozenge-subtle";
        };
    }

    public boolean isSignedOff() {
        return json.signedOff();
    }

    public String getSignOffTextHtml() {
        if (json.signOff() == null) {
            return texts.textHtml("service-culture.commitments.sign-off.none");
        }
        String date = json.signOff()
                .at()
                .substring(0, Math.min(10, json.signOff().at().length()));
        return json.signedOff()
                ? texts.textHtml(
                        "service-culture.commitments.sign-off.done",
                        json.signOff().name(),
                        date)
                : texts.textHtml(
                        "service-culture.commitments.sign-off.stale",
                        json.signOff().name(),
                        date);
    }

    public boolean isAnyCheckIn() {
        return !json.checkIns().isEmpty();
    }

    public String getLastCheckInHtml() {
        if (json.checkIns().isEmpty()) {
            return texts.textHtml("service-culture.commitments.check-in.none");
        }
        CheckInJson last = json.checkIns().get(json.checkIns().size() - 1);
        String date = last.at().substring(0, Math.min(10, last.at().length()));
        return texts.textHtml(
                        "service-culture.commitments.check-in.last",
                        last.author().displayName(),
                        date) + " " + Html.escape(last.note());
    }

    public String getLastCheckInDateHtml() {
        if (json.checkIns().isEmpty()) {
            return "";
        }
        String at = json.checkIns().get(json.checkIns().size() - 1).at();
        return Html.escape(at);
    }

    public boolean isCanEdit() {
        return json.canEdit();
    }

    public boolean isCanSignOff() {
        return json.canSignOff() && !json.signedOff();
    }

    private static String measureKey(String measure) {
        return switch (measure) {
            case "STANDARD_ATTAINMENT" -> "service-culture.commitments.measure.standard-attainment";
            case "MEDIAN_FIRST_RESPONSE" -> "service-culture.commitments.measure.median-first-response";
            case "HANDOFFS_PER_RESOLVED_ISSUE" -> "service-culture.commitments.measure.handoffs-per-resolved-issue";
            case "ISSUES_RESOLVED_FOR_CLIENT_TEAM" -> "service-culture.commitments.measure.issues-resolved-for-client-team";
            case "TEAM_OWNED_HOURS" -> "service-culture.commitments.measure.team-owned-hours";
            default -> "service-culture.commitments.measure.kudos-given";
        };
    }

    static String figure(double value, String unit) {
        return switch (unit) {
            case "PERCENT" -> String.format(Locale.ROOT, "%.1f %%", value);
            case "MINUTES" -> String.format(Locale.ROOT, "%.0f min", value);
            case "RATIO" -> String.format(Locale.ROOT, "%.2f", value);
            case "HOURS" -> String.format(Locale.ROOT, "%.1f h", value);
            default -> String.format(Locale.ROOT, "%.0f", value);
        };
    }
}
