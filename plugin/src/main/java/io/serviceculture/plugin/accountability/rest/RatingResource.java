package io.serviceculture.plugin.accountability.rest;

import com.atlassian.jira.issue.Issue;
import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.ServiceRating;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.AccountabilityUseCases;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.RateJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.RatingJson;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.rest.CurrentUser;
import java.util.Locale;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/**
 * The client's service rating of an issue: the reporter gives it once the issue is resolved (201) and may change
 * it for seven days (200); after that, or before resolution, 409. An issue the caller may not browse is 404.
 */
@Path("/issue/{key}/rating")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {
    private final AccountabilityService service;
    private final CurrentUser currentUser;
    private final JiraIssueVisibility issues;
    private final FeatureGuard guard;

    @Inject
    public RatingResource(
            AccountabilityUseCases useCases, CurrentUser currentUser, JiraIssueVisibility issues, FeatureGuard guard) {
        this.service = useCases.service();
        this.currentUser = currentUser;
        this.issues = issues;
        this.guard = guard;
    }

    @GET
    public RatingJson rating(@PathParam("key") String key) {
        guard.require(Feature.ACCOUNTABILITY);
        UserKey viewer = currentUser.require();
        Issue issue = browsable(viewer, key);
        return service.rating(viewer, issue.getId())
                .map(r -> json(issue, r))
                .orElseThrow(() -> new NotFoundException("service-culture.accountability.rating.error.none"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("key") String key, @Nullable RateJson body) {
        guard.require(Feature.ACCOUNTABILITY);
        UserKey rater = currentUser.require();
        if (body == null) {
            throw new InvalidInputException("service-culture.rest.error.body-missing");
        }
        if (body.stars() == null) {
            throw InvalidInputException.onField("stars", "service-culture.accountability.rating.error.stars", 1, 5);
        }
        Issue issue = browsable(rater, key);
        AccountabilityService.RatingResult result =
                service.rate(rater, issue.getId(), body.stars(), body.comment() == null ? "" : body.comment());
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(json(issue, result.rating()))
                .build();
    }

    private Issue browsable(UserKey viewer, String key) {
        return issues.findBrowsable(viewer, key.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("service-culture.accountability.rating.error.issue"));
    }

    private static RatingJson json(Issue issue, ServiceRating rating) {
        return new RatingJson(
                issue.getKey(),
                rating.stars(),
                rating.comment(),
                rating.created().toString(),
                rating.updated().toString(),
                rating.created().plus(AccountabilityService.RATING_EDIT_WINDOW).toString());
    }
}
