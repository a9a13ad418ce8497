package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;
import java.util.OptionalInt;

/**
 * One place on a leaderboard. The count is there only for readers allowed to see the person's figures (the
 * person, their manager, HR) or when the person chose to show it; the rank alone is public.
 */
public record LeaderboardEntry(int rank, UserKey person, OptionalInt count) {
    public LeaderboardEntry {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1");
        }
    }
}
