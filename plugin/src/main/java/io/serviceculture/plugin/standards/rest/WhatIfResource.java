package io.serviceculture.plugin.standards.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.Attainment;
import io.serviceculture.core.standards.CompletedCycle;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.WhatIfChange;
import io.serviceculture.core.standards.WhatIfPreview;
import io.serviceculture.core.standards.WhatIfService;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.standards.StandardsJson.VersionJson;
import io.serviceculture.plugin.standards.StandardsJsonMapper;
import io.serviceculture.plugin.standards.StandardsUseCases;
import io.serviceculture.plugin.standards.rest.WhatIfJson.AttainmentJson;
import io.serviceculture.plugin.standards.rest.WhatIfJson.ChangeJson;
import io.serviceculture.plugin.standards.rest.WhatIfJson.MetricJson;
import io.serviceculture.plugin.standards.rest.WhatIfJson.OutcomeJson;
import io.serviceculture.plugin.standards.rest.WhatIfJson.PreviewJson;
import io.serviceculture.plugin.standards.rest.WhatIfJson.PreviewRequestJson;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * What-if standards for administrators: a draft version previewed against a past period, attainment before and
 * after and the cycles that flip, a page at a time. Nothing is stored; applying the draft is publishing it as the
 * next version ({@code POST /standards/{id}/versions} with the chosen {@code effectiveFrom}).
 */
@Path("/standards/{id}/whatif")
@Produces(MediaType.APPLICATION_JSON)
public class WhatIfResource {
    static final int DEFAULT_PAGE = 50;

    private final WhatIfService whatIf;
    private final StandardsAdmin admin;
    private final FeatureGuard guard;
    private final I18nResolver i18n;

    @Inject
    public WhatIfResource(StandardsUseCases useCases, StandardsAdmin admin, FeatureGuard guard, I18nResolver i18n) {
        this.whatIf = useCases.whatIf();
        this.admin = admin;
        this.guard = guard;
        this.i18n = i18n;
    }

    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public PreviewJson preview(@PathParam("id") String id, @Nullable PreviewRequestJson body) {
        guard.require(Feature.STANDARDS);
        UserKey caller = admin.require();
        PreviewRequestJson json = StandardsJsonMapper.required(body, "body");
        VersionJson draft = StandardsJsonMapper.required(json.draft(), "draft");
        Instant from =
                StandardsJsonMapper.instantOr(StandardsJsonMapper.required(json.from(), "from"), "from", Instant.EPOCH);
        Instant to = StandardsJsonMapper.instantOr(StandardsJsonMapper.required(json.to(), "to"), "to", Instant.EPOCH);
        WhatIfPreview preview = whatIf.preview(
                caller,
                StandardId.of(id),
                new WhatIfService.Draft(
                        StandardsJsonMapper.required(draft.name(), "name"),
                        StandardsJsonMapper.toRule(draft.rule()),
                        StandardsJsonMapper.toMetrics(draft.metrics())),
                from,
                to,
                json.offset() == null ? 0 : json.offset(),
                json.limit() == null ? DEFAULT_PAGE : json.limit());
        List<MetricJson> metrics = new ArrayList<>();
        for (WhatIfPreview.MetricAttainment metric : preview.byMetric()) {
            metrics.add(new MetricJson(
                    metric.metricKey(), metric.metricName(), toJson(metric.before()), toJson(metric.after())));
        }
        List<ChangeJson> changes = new ArrayList<>();
        for (WhatIfChange change : preview.changes()) {
            String why = change.why().name();
            changes.add(new ChangeJson(
                    change.issueKey(),
                    change.metricKey(),
                    change.start().toString(),
                    change.before().map(WhatIfResource::toJson).orElse(null),
                    change.after().map(WhatIfResource::toJson).orElse(null),
                    outcomeText(change.before()),
                    outcomeText(change.after()),
                    why,
                    whyText(change.why())));
        }
        return new PreviewJson(
                preview.standard().value(),
                preview.from().toString(),
                preview.to().toString(),
                preview.issuesExamined(),
                toJson(preview.before()),
                toJson(preview.after()),
                metrics,
                preview.changedTotal(),
                preview.offset(),
                changes);
    }

    private String whyText(WhatIfChange.Why why) {
        switch (why) {
            case GOAL:
                return text("service-culture.standards.whatif.why.goal");
            case COUNTED_TIME:
                return text("service-culture.standards.whatif.why.counted-time");
            case GOAL_AND_COUNTED_TIME:
                return text("service-culture.standards.whatif.why.goal-and-counted-time");
            case NEWLY_COVERED:
                return text("service-culture.standards.whatif.why.newly-covered");
            default:
                return text("service-culture.standards.whatif.why.no-longer-covered");
        }
    }

    private AttainmentJson toJson(Attainment attainment) {
        Double ratio = attainment.ratio().isPresent() ? attainment.ratio().getAsDouble() : null;
        String text = ratio == null
                ? text("service-culture.standards.whatif.attainment.none")
                : text(
                        "service-culture.standards.whatif.attainment",
                        Math.round(ratio * 100),
                        attainment.met(),
                        attainment.completed());
        return new AttainmentJson(attainment.met(), attainment.completed(), ratio, text);
    }

    private static OutcomeJson toJson(CompletedCycle cycle) {
        return new OutcomeJson(
                cycle.version(),
                cycle.stop().toString(),
                cycle.elapsed().toSeconds(),
                cycle.goal().toSeconds(),
                cycle.met());
    }

    private String outcomeText(Optional<CompletedCycle> cycle) {
        if (cycle.isEmpty()) {
            return text("service-culture.standards.whatif.outcome.not-covered");
        }
        return text(
                cycle.get().met()
                        ? "service-culture.standards.whatif.outcome.met"
                        : "service-culture.standards.whatif.outcome.breached",
                duration(cycle.get().elapsed()),
                duration(cycle.get().goal()));
    }

    private String duration(Duration amount) {
        return text("service-culture.standards.clock.duration", amount.toHours(), amount.toMinutesPart());
    }

    private String text(String key, Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = String.valueOf(arguments[i]);
        }
        return i18n.getText(key, values);
    }
}
