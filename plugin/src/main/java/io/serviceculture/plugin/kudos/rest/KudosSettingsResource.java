package io.serviceculture.plugin.kudos.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.plugin.kudos.PluginSettingsKudosSettings;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.PeopleAudit;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/** The admin's kudos switches; each change goes to the audit log. Admins only. */
@Path("/kudos/settings")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class KudosSettingsResource {
    static final String AUDIT_LEADERBOARDS = "service-culture.audit.kudos.leaderboards-switched";

    private final PluginSettingsKudosSettings settings;
    private final PeopleAudit audit;
    private final FeatureGuard guard;

    @Inject
    public KudosSettingsResource(PluginSettingsKudosSettings settings, PeopleAudit audit, FeatureGuard guard) {
        this.settings = settings;
        this.audit = audit;
        this.guard = guard;
    }

    /** The body of {@code PUT /kudos/settings/leaderboards}. */
    public record SwitchJson(@Nullable Boolean on) {}

    @PUT
    @Path("/leaderboards")
    @Consumes(MediaType.APPLICATION_JSON)
    public SwitchJson leaderboards(@Nullable SwitchJson body) {
        guard.require(Feature.KUDOS);
        if (body == null || body.on() == null) {
            throw InvalidInputException.onField("on", "service-culture.kudos.error.switch.missing");
        }
        settings.setLeaderboards(body.on());
        audit.record(AUDIT_LEADERBOARDS, "leaderboards", String.valueOf(body.on()));
        return new SwitchJson(settings.leaderboardsOn());
    }
}
