package io.serviceculture.plugin.standards.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.ClockExplanation;
import io.serviceculture.core.standards.IssueClocksExplained;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.standards.StandardsUseCases;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * The SLA clocks of one issue, for licensed users who may browse it; to anyone else the issue does not exist
 * (404), so that its key is not confirmed.
 */
@Path("/issue/{idOrKey}/clocks")
@Produces(MediaType.APPLICATION_JSON)
public class IssueClocksResource {
    static final String NOT_FOUND = "service-culture.standards.issue.error.not-found";

    private final StandardsUseCases useCases;
    private final CurrentUser currentUser;
    private final JiraIssueVisibility issues;
    private final JiraDirectory directory;
    private final ClocksJsonMapper json;
    private final StandardsAdmin admin;
    private final FeatureGuard guard;
    private final ExplainedClocksJsonMapper explained;

    @Inject
    public IssueClocksResource(
            StandardsUseCases useCases,
            CurrentUser currentUser,
            JiraIssueVisibility issues,
            JiraDirectory directory,
            ClocksJsonMapper json,
            StandardsAdmin admin,
            FeatureGuard guard,
            ExplainedClocksJsonMapper explained) {
        this.guard = guard;
        this.explained = explained;
        this.useCases = useCases;
        this.currentUser = currentUser;
        this.issues = issues;
        this.directory = directory;
        this.json = json;
        this.admin = admin;
    }

    @GET
    public ClocksJson clocks(@PathParam("idOrKey") String idOrKey) {
        guard.require(Feature.STANDARDS);
        UserKey viewer = currentUser.require();
        return json.toJson(useCases.service().clocks(viewer, browsableId(viewer, idOrKey)), zoneOf(viewer));
    }

    /**
     * Every clock of the issue interval by interval: counted or not and why, and what began and ended each; the
     * same clocks as {@link #clocks}, with the same check that the caller may browse the issue. A clock that has
     * run for years has thousands of intervals, so {@code standard} and {@code metric} may narrow the answer to one.
     */
    @GET
    @Path("/explain")
    public ExplainedClocksJson explain(
            @PathParam("idOrKey") String idOrKey,
            @QueryParam("standard") @Nullable String standard,
            @QueryParam("metric") @Nullable String metric) {
        guard.require(Feature.STANDARDS);
        UserKey viewer = currentUser.require();
        IssueClocksExplained all = useCases.service().explain(viewer, browsableId(viewer, idOrKey));
        List<ClockExplanation> wanted = all.clocks().stream()
                .filter(clock -> standard == null || clock.standard().value().equals(standard))
                .filter(clock -> metric == null || clock.metricKey().equals(metric))
                .toList();
        return explained.toJson(
                new IssueClocksExplained(all.issueId(), all.issueKey(), all.now(), wanted), zoneOf(viewer));
    }

    /**
     * Records, from the issue's whole history, the completed cycles not yet stored: the catch-up after events were
     * missed. Stored cycles are never rewritten. Administrators only.
     */
    @POST
    @AdminOnly
    @Path("/recompute")
    public RecomputedJson recompute(@PathParam("idOrKey") String idOrKey) {
        guard.require(Feature.STANDARDS);
        UserKey caller = admin.require();
        return new RecomputedJson(useCases.record(browsableId(caller, idOrKey)));
    }

    /** How many completed cycles were new. */
    public record RecomputedJson(int added) {}

    private long browsableId(UserKey viewer, String idOrKey) {
        return browsableId(issues, viewer, idOrKey);
    }

    /** The id of an issue the viewer may browse, by id or key; 404 for any other, so its key is not confirmed. */
    static long browsableId(JiraIssueVisibility issues, UserKey viewer, String idOrKey) {
        boolean isId =
                !idOrKey.isEmpty() && idOrKey.length() < 19 && idOrKey.chars().allMatch(Character::isDigit);
        Optional<Issue> issue =
                isId ? issues.findBrowsable(viewer, Long.parseLong(idOrKey)) : issues.findBrowsable(viewer, idOrKey);
        return issue.map(Issue::getId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private ZoneId zoneOf(UserKey viewer) {
        return directory.findPerson(viewer).map(Person::timeZone).orElse(ZoneOffset.UTC);
    }
}
