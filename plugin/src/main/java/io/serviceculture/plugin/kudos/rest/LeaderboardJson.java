package io.serviceculture.plugin.kudos.rest;

import io.serviceculture.plugin.kudos.rest.KudosJson.PersonJson;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The last 30 days' leaderboard; {@code count} is null where the reader may not see the person's figures. */
public record LeaderboardJson(int days, List<EntryJson> entries) {

    /** One place on the board. */
    public record EntryJson(int rank, PersonJson person, @Nullable Integer count) {}
}
