package io.serviceculture.plugin.kudos.rest;

import io.serviceculture.core.kudos.Reaction;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.KudosUseCases;
import io.serviceculture.plugin.kudos.rest.KudosJson.ReactionJson;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.Readers;
import io.serviceculture.plugin.rest.CurrentUser;
import javax.inject.Inject;
import javax.ws.rs.DELETE;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * The caller's reaction to a kudos: {@code PUT} adds it, {@code DELETE} takes it back; both are idempotent and
 * answer with the kudos' reactions. Licensed users only; a kudos the caller may not read is 404.
 */
@Path("/kudos/{id}/reaction")
@Produces(MediaType.APPLICATION_JSON)
public class KudosReactionResource {
    private final KudosUseCases kudos;
    private final CurrentUser currentUser;
    private final Readers readers;
    private final FeatureGuard guard;

    @Inject
    public KudosReactionResource(KudosUseCases kudos, CurrentUser currentUser, Readers readers, FeatureGuard guard) {
        this.kudos = kudos;
        this.currentUser = currentUser;
        this.readers = readers;
        this.guard = guard;
    }

    @PUT
    public ReactionJson react(@PathParam("id") String id) {
        guard.require(Feature.KUDOS);
        UserKey reader = currentUser.require();
        return toJson(kudos.react(KudosResource.number("id", id, 0, 1, Long.MAX_VALUE), readers.kudosReader(reader)));
    }

    @DELETE
    public ReactionJson withdraw(@PathParam("id") String id) {
        guard.require(Feature.KUDOS);
        UserKey reader = currentUser.require();
        return toJson(kudos.withdrawReaction(
                KudosResource.number("id", id, 0, 1, Long.MAX_VALUE), readers.kudosReader(reader)));
    }

    private static ReactionJson toJson(Reaction reaction) {
        return new ReactionJson(reaction.count(), reaction.mine());
    }
}
