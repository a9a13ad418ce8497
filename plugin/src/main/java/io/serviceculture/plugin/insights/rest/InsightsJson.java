package io.serviceculture.plugin.insights.rest;

import io.serviceculture.plugin.accountability.rest.AccountabilityJson.PeriodJson;
import java.util.List;

/** The JSON shapes of the insights API. Shares and Gini coefficients are fractions between 0 and 1. */
public final class InsightsJson {
    private InsightsJson() {}

    public record NamedJson(String key, String name) {}

    public record ConcentrationJson(int people, long kudos, double topTenPercentShare, double gini) {}

    public record ValueJson(String id, String name, long recognitions, double share) {}

    public record CrossTeamJson(String provider, String client, long recognitions) {}

    /**
     * @param namesPeople false when an admin restricted people-level figures and the viewer is an admin outside HR:
     *     {@code peopleWithoutKudos} is then empty and only its count is given
     */
    public record RecognitionInsightsJson(
            PeriodJson period,
            String scope,
            boolean namesPeople,
            int people,
            List<NamedJson> peopleWithoutKudos,
            int peopleWithoutKudosCount,
            List<NamedJson> teamsWithoutKudos,
            ConcentrationJson receiving,
            ConcentrationJson giving,
            long recognitions,
            List<ValueJson> values,
            List<NamedJson> unusedValues,
            List<CrossTeamJson> crossTeam,
            long crossTeamRecognitions) {}

    /**
     * @param legend what the counts mean, in the caller's language
     * @param tooltip a cell's tooltip, with {@code {0}} for its count
     */
    public record CrossTeamCellsJson(PeriodJson period, List<CrossTeamJson> cells, String legend, String tooltip) {}
}
