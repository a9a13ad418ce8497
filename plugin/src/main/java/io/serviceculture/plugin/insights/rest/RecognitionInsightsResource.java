package io.serviceculture.plugin.insights.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.insights.Concentration;
import io.serviceculture.core.insights.InsightsScope;
import io.serviceculture.core.insights.RecognitionInsights;
import io.serviceculture.core.insights.RecognitionInsights.CrossTeamCount;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.rest.Periods;
import io.serviceculture.plugin.insights.RecognitionInsightsUseCases;
import io.serviceculture.plugin.insights.rest.InsightsJson.ConcentrationJson;
import io.serviceculture.plugin.insights.rest.InsightsJson.CrossTeamCellsJson;
import io.serviceculture.plugin.insights.rest.InsightsJson.CrossTeamJson;
import io.serviceculture.plugin.insights.rest.InsightsJson.NamedJson;
import io.serviceculture.plugin.insights.rest.InsightsJson.RecognitionInsightsJson;
import io.serviceculture.plugin.insights.rest.InsightsJson.ValueJson;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.rest.CurrentUser;
import java.time.Clock;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Fair recognition insights. REST v2 lets licensed users in (no annotation); the figures then go to HR and admins
 * for everyone and to managers for their own people and teams, decided on the server per call. The cross-team
 * counts alone are team-level figures, as the accountability matrix they decorate, so every licensed user gets them.
 * The period is days in the caller's time zone, both included; without it, the last twelve months.
 */
@Path("/insights/recognition")
@Produces(MediaType.APPLICATION_JSON)
public class RecognitionInsightsResource {
    private final RecognitionInsightsUseCases insights;
    private final CurrentUser currentUser;
    private final FeatureGuard guard;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public RecognitionInsightsResource(
            RecognitionInsightsUseCases insights, CurrentUser currentUser, FeatureGuard guard, I18nResolver i18n) {
        this(insights, currentUser, guard, i18n, Clock.systemUTC());
    }

    RecognitionInsightsResource(
            RecognitionInsightsUseCases insights,
            CurrentUser currentUser,
            FeatureGuard guard,
            I18nResolver i18n,
            Clock clock) {
        this.insights = insights;
        this.currentUser = currentUser;
        this.guard = guard;
        this.i18n = i18n;
        this.clock = clock;
    }

    @GET
    public RecognitionInsightsJson get(
            @QueryParam("from") @Nullable String from, @QueryParam("to") @Nullable String to) {
        UserKey viewer = currentUser.require();
        InsightsScope scope = insights.scopeOf(viewer);
        Periods period = Periods.parse(from, to, insights.zoneOf(viewer), clock);
        return json(period, scope, insights.insights(scope, period.interval()));
    }

    @GET
    @Path("/cross-team")
    public CrossTeamCellsJson crossTeam(
            @QueryParam("from") @Nullable String from, @QueryParam("to") @Nullable String to) {
        guard.require(Feature.KUDOS);
        UserKey viewer = currentUser.require();
        Periods period = Periods.parse(from, to, insights.zoneOf(viewer), clock);
        return new CrossTeamCellsJson(
                period.json(),
                insights.crossTeam(period.interval()).stream()
                        .map(RecognitionInsightsResource::cell)
                        .toList(),
                i18n.getText("service-culture.insights.matrix.legend"),
                i18n.getText("service-culture.insights.matrix.tooltip"));
    }

    RecognitionInsightsJson json(Periods period, InsightsScope scope, RecognitionInsights figures) {
        return new RecognitionInsightsJson(
                period.json(),
                scope.isEveryone() ? "everyone" : "managed",
                figures.namesPeople(),
                figures.people(),
                figures.peopleWithoutKudos().stream()
                        .map(p -> new NamedJson(p.value(), insights.personName(p)))
                        .toList(),
                figures.peopleWithoutKudosCount(),
                figures.teamsWithoutKudos().stream()
                        .map(t -> new NamedJson(t.groupName(), insights.teamName(t)))
                        .toList(),
                concentration(figures.receiving()),
                concentration(figures.giving()),
                figures.recognitions(),
                figures.values().stream()
                        .map(v -> new ValueJson(
                                v.valueId(), insights.valueName(v.valueId()), v.recognitions(), v.share()))
                        .toList(),
                figures.unusedValues().stream()
                        .map(v -> new NamedJson(v, insights.valueName(v)))
                        .toList(),
                cells(figures.crossTeam()),
                figures.crossTeamRecognitions());
    }

    private static List<CrossTeamJson> cells(List<CrossTeamCount> counts) {
        return counts.stream().map(RecognitionInsightsResource::cell).toList();
    }

    private static CrossTeamJson cell(CrossTeamCount count) {
        return new CrossTeamJson(count.provider().groupName(), count.client().groupName(), count.recognitions());
    }

    private static ConcentrationJson concentration(Concentration c) {
        return new ConcentrationJson(c.people(), c.kudos(), c.topTenPercentShare(), c.gini());
    }
}
