package io.serviceculture.plugin.kudos.rest;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.kudos.HideKudosCommand;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.KudosUseCases;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.Readers;
import io.serviceculture.plugin.rest.CurrentUser;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Moderation: HR or an admin hides a kudos with a reason ({@code POST /kudos/{id}/hide}). Licensed users reach
 * it; the core refuses everyone but HR and admins with 403 before looking the kudos up.
 */
@Path("/kudos/{id}/hide")
@Produces(MediaType.APPLICATION_JSON)
public class KudosModerationResource {
    private final KudosUseCases kudos;
    private final CurrentUser currentUser;
    private final Readers readers;
    private final KudosJsonMapper json;
    private final FeatureGuard guard;

    @Inject
    public KudosModerationResource(
            KudosUseCases kudos, CurrentUser currentUser, Readers readers, KudosJsonMapper json, FeatureGuard guard) {
        this.kudos = kudos;
        this.currentUser = currentUser;
        this.readers = readers;
        this.json = json;
        this.guard = guard;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public KudosJson hide(@PathParam("id") String id, @Nullable HideKudosJson body) {
        guard.require(Feature.KUDOS);
        UserKey moderator = currentUser.require();
        var reader = readers.kudosReader(moderator);
        long kudosId = KudosResource.number("id", id, 0, 1, Long.MAX_VALUE);
        if (body == null) {
            throw new InvalidInputException("service-culture.rest.error.body-missing");
        }
        HideKudosCommand command = new HideKudosCommand(kudosId, body.reason() == null ? "" : body.reason());
        return json.toJson(kudos.hide(command, reader), moderator);
    }
}
