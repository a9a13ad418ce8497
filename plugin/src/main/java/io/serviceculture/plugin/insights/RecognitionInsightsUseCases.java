package io.serviceculture.plugin.insights;

import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.CellTotal;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.insights.InsightsScope;
import io.serviceculture.core.insights.RecognitionInsights;
import io.serviceculture.core.insights.RecognitionInsights.CrossTeamCount;
import io.serviceculture.core.insights.RecognitionInsightsService;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.persistence.AoAccountabilityStore;
import io.serviceculture.plugin.insights.persistence.SqlRecognitionAggregates;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.people.ViewerResolver;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The core's insights over their Jira adapters, with who may see them: the kudos switch first (404 when off), then
 * the viewer's scope from their roles, worked out on the server for every call.
 */
@Named
public class RecognitionInsightsUseCases {
    private final RecognitionInsightsService service;
    private final FeatureGuard guard;
    private final ViewerResolver viewers;
    private final AoManagers managers;
    private final PeopleSettings settings;
    private final JiraDirectory directory;
    private final AoCompanyValues values;

    @Inject
    public RecognitionInsightsUseCases(
            SqlRecognitionAggregates aggregates,
            JiraInsightsPeople people,
            AoMembershipStore memberships,
            AoAccountabilityStore accountability,
            AoCompanyValues values,
            FeatureGuard guard,
            ViewerResolver viewers,
            AoManagers managers,
            PeopleSettings settings,
            JiraDirectory directory) {
        this.service = new RecognitionInsightsService(
                aggregates, people, memberships, period -> servedCells(accountability, period), values);
        this.guard = guard;
        this.viewers = viewers;
        this.managers = managers;
        this.settings = settings;
        this.directory = directory;
        this.values = values;
    }

    /** What the viewer may see, or a 404 (kudos off) or 403 (neither HR, admin nor manager) domain error. */
    public InsightsScope scopeOf(UserKey viewer) {
        guard.require(Feature.KUDOS);
        return InsightsScope.of(
                viewers.viewer(viewer),
                viewers.reportsOf(viewer),
                managers.teamsLedBy(viewer),
                settings.personFiguresRestricted());
    }

    /** Whether to show the viewer the link to the page. */
    public boolean mayView(UserKey viewer) {
        if (!guard.isOn(Feature.KUDOS)) {
            return false;
        }
        try {
            scopeOf(viewer);
            return true;
        } catch (PermissionDeniedException e) {
            return false;
        }
    }

    public boolean featureOn() {
        return guard.isOn(Feature.KUDOS);
    }

    public RecognitionInsights insights(InsightsScope scope, Interval period) {
        return service.insights(scope, period);
    }

    /** The cross-team counts alone: team-level, for the accountability matrix. */
    public List<CrossTeamCount> crossTeam(Interval period) {
        return service.crossTeam(period);
    }

    public ZoneId zoneOf(UserKey viewer) {
        return directory.findPerson(viewer).map(Person::timeZone).orElse(ZoneOffset.UTC);
    }

    public String personName(UserKey person) {
        return directory.findPerson(person).map(Person::displayName).orElse(person.value());
    }

    public String teamName(TeamKey team) {
        return team.groupName();
    }

    public String valueName(String valueId) {
        return values.findValue(valueId).map(v -> v.name()).orElse(valueId);
    }

    private static Set<CellKey> servedCells(AoAccountabilityStore accountability, Interval period) {
        return accountability.cellTotals(period).stream()
                .map(CellTotal::key)
                .filter(key -> key.client().isPresent())
                .collect(Collectors.toSet());
    }
}
