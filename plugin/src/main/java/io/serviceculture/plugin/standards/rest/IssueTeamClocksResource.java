package io.serviceculture.plugin.standards.rest;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.ClockExplanation;
import io.serviceculture.core.standards.IssueClocksExplained;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.standards.TeamClockUseCases;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Team ownership clocks of one issue: each clock's working time split by the team that owned the issue, with the
 * time nobody owned it, and one team's view of a clock interval by interval. Licensed users who may browse the
 * issue, checked exactly as for the clocks; to anyone else the issue does not exist (404).
 */
@Path("/issue/{idOrKey}/clocks/teams")
@Produces(MediaType.APPLICATION_JSON)
public class IssueTeamClocksResource {
    /** Jira group names are at most 255 characters. */
    static final int MAX_TEAM_LENGTH = 255;

    private final TeamClockUseCases useCases;
    private final CurrentUser currentUser;
    private final JiraIssueVisibility issues;
    private final JiraDirectory directory;
    private final TeamClocksJsonMapper json;
    private final ExplainedClocksJsonMapper explained;
    private final FeatureGuard guard;

    @Inject
    public IssueTeamClocksResource(
            TeamClockUseCases useCases,
            CurrentUser currentUser,
            JiraIssueVisibility issues,
            JiraDirectory directory,
            TeamClocksJsonMapper json,
            ExplainedClocksJsonMapper explained,
            FeatureGuard guard) {
        this.useCases = useCases;
        this.currentUser = currentUser;
        this.issues = issues;
        this.directory = directory;
        this.json = json;
        this.explained = explained;
        this.guard = guard;
    }

    @GET
    public TeamClocksJson teams(@PathParam("idOrKey") String idOrKey) {
        guard.require(Feature.STANDARDS);
        UserKey viewer = currentUser.require();
        long issueId = IssueClocksResource.browsableId(issues, viewer, idOrKey);
        return json.toJson(useCases.service().teamClocks(viewer, issueId), zoneOf(viewer));
    }

    /**
     * The issue's clocks as {@code team}'s clocks, interval by interval: working time counted while another team,
     * or nobody, owned the issue says so and does not count. {@code standard} and {@code metric} narrow the answer
     * to one clock, as for the explained clocks.
     */
    @GET
    @Path("/{team}/explain")
    public ExplainedClocksJson explain(
            @PathParam("idOrKey") String idOrKey,
            @PathParam("team") String team,
            @QueryParam("standard") @Nullable String standard,
            @QueryParam("metric") @Nullable String metric) {
        guard.require(Feature.STANDARDS);
        UserKey viewer = currentUser.require();
        long issueId = IssueClocksResource.browsableId(issues, viewer, idOrKey);
        if (team.isBlank() || team.length() > MAX_TEAM_LENGTH) {
            throw InvalidInputException.onField("team", "service-culture.standards.teams.error.team", MAX_TEAM_LENGTH);
        }
        TeamKey key = TeamKey.of(team);
        IssueClocksExplained all = useCases.service().explainFor(viewer, issueId, key);
        List<ClockExplanation> wanted = all.clocks().stream()
                .filter(clock -> standard == null || clock.standard().value().equals(standard))
                .filter(clock -> metric == null || clock.metricKey().equals(metric))
                .toList();
        return explained.toJson(
                new IssueClocksExplained(all.issueId(), all.issueKey(), all.now(), wanted),
                zoneOf(viewer),
                Optional.of(key));
    }

    private ZoneId zoneOf(UserKey viewer) {
        return directory.findPerson(viewer).map(Person::timeZone).orElse(ZoneOffset.UTC);
    }
}
