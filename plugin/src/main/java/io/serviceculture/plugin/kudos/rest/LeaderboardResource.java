package io.serviceculture.plugin.kudos.rest;

import io.serviceculture.core.kudos.LeaderboardService;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.KudosUseCases;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.Readers;
import io.serviceculture.plugin.rest.CurrentUser;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code GET /kudos/leaderboard}: 404 while an admin has not turned leaderboards on. Licensed users only. */
@Path("/kudos/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
public class LeaderboardResource {
    private final KudosUseCases kudos;
    private final CurrentUser currentUser;
    private final Readers readers;
    private final KudosJsonMapper json;
    private final FeatureGuard guard;

    @Inject
    public LeaderboardResource(
            KudosUseCases kudos, CurrentUser currentUser, Readers readers, KudosJsonMapper json, FeatureGuard guard) {
        this.kudos = kudos;
        this.currentUser = currentUser;
        this.readers = readers;
        this.json = json;
        this.guard = guard;
    }

    @GET
    public LeaderboardJson leaderboard() {
        guard.require(Feature.KUDOS);
        UserKey reader = currentUser.require();
        return new LeaderboardJson(
                (int) LeaderboardService.PERIOD.toDays(),
                kudos.leaderboard(readers.kudosReader(reader)).stream()
                        .map(entry -> new LeaderboardJson.EntryJson(
                                entry.rank(),
                                json.person(entry.person()),
                                entry.count().isPresent() ? entry.count().getAsInt() : null))
                        .toList());
    }
}
