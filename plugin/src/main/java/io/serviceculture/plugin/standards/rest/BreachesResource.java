package io.serviceculture.plugin.standards.rest;

import io.serviceculture.core.people.Feature;
import io.serviceculture.core.standards.ClockAlert;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.standards.StandardsUseCases;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * SLA warnings and breaches, newest first, for licensed users: only on issues the caller may browse, so the list
 * never names an issue they cannot see.
 */
@Path("/standards/breaches")
@Produces(MediaType.APPLICATION_JSON)
public class BreachesResource {
    static final int MAX = 500;

    private final StandardsUseCases useCases;
    private final CurrentUser currentUser;
    private final FeatureGuard guard;

    @Inject
    public BreachesResource(StandardsUseCases useCases, CurrentUser currentUser, FeatureGuard guard) {
        this.useCases = useCases;
        this.currentUser = currentUser;
        this.guard = guard;
    }

    @GET
    public List<BreachJson> breaches(@QueryParam("limit") @Nullable Integer limit) {
        guard.require(Feature.STANDARDS);
        int max = limit == null || limit < 1 ? 100 : Math.min(limit, MAX);
        return useCases.live().alertsFor(currentUser.require(), max).stream()
                .map(BreachesResource::toJson)
                .toList();
    }

    private static BreachJson toJson(ClockAlert alert) {
        return new BreachJson(
                alert.issueKey(),
                alert.standard().value(),
                alert.standardName(),
                alert.metricKey(),
                alert.metricName(),
                alert.kind().name(),
                alert.raisedAt().toString(),
                alert.cycleStart().toString(),
                alert.overdueBy().toSeconds());
    }

    /**
     * One alert: {@code kind} is {@code WARNING} or {@code BREACH}; {@code overdueSeconds} is the working time
     * past the goal when it was raised (0 for a warning).
     */
    public record BreachJson(
            String issueKey,
            String standard,
            String standardName,
            String metric,
            String metricName,
            String kind,
            String raisedAt,
            String cycleStart,
            long overdueSeconds) {}
}
