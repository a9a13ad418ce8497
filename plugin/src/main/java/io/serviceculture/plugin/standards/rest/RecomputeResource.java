package io.serviceculture.plugin.standards.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.serviceculture.core.people.Feature;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.PeopleAudit;
import io.serviceculture.plugin.standards.StandardsRecompute;
import io.serviceculture.plugin.standards.StandardsRecompute.Progress;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * The admin recompute of every issue's cycles from history: {@code POST} starts it (409 while one runs, audited),
 * {@code GET} reports its progress.
 */
@Path("/standards/recompute")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class RecomputeResource {
    private final StandardsRecompute recompute;
    private final StandardsAdmin admin;
    private final FeatureGuard guard;
    private final PeopleAudit audit;

    @Inject
    public RecomputeResource(
            StandardsRecompute recompute, StandardsAdmin admin, FeatureGuard guard, PeopleAudit audit) {
        this.recompute = recompute;
        this.admin = admin;
        this.guard = guard;
        this.audit = audit;
    }

    @GET
    public ProgressJson progress() {
        guard.require(Feature.STANDARDS);
        admin.require();
        return ProgressJson.of(recompute.progress());
    }

    @POST
    public ProgressJson start() {
        guard.require(Feature.STANDARDS);
        admin.require();
        Progress started = recompute.start();
        audit.record("service-culture.audit.standards.recompute-started", "standards", String.valueOf(started.total()));
        return ProgressJson.of(started);
    }

    /** {@code state}: IDLE, RUNNING, DONE or FAILED; {@code added}: cycles that were new. */
    public record ProgressJson(String state, int done, int total, int added, String updatedAt) {
        static ProgressJson of(Progress progress) {
            return new ProgressJson(
                    progress.state(),
                    progress.done(),
                    progress.total(),
                    progress.added(),
                    progress.updatedAt().toString());
        }
    }
}
