package io.serviceculture.core.kudos;

/**
 * A person's own choices about recognition.
 *
 * @param leaderboardOptOut never rank me on a leaderboard
 * @param showCounts let everyone see how many kudos I received, not only me, my manager and HR
 * @param noticesSeenUpTo the newest kudos id I was shown a notice for; later ones are new to me
 */
public record KudosPreferences(boolean leaderboardOptOut, boolean showCounts, long noticesSeenUpTo) {
    public static final KudosPreferences DEFAULTS = new KudosPreferences(false, false, 0);

    public KudosPreferences {
        if (noticesSeenUpTo < 0) {
            throw new IllegalArgumentException("kudos ids are positive");
        }
    }

    public KudosPreferences withChoices(boolean optOut, boolean show) {
        return new KudosPreferences(optOut, show, noticesSeenUpTo);
    }

    /** Never moves back: a stale tab marking an older kudos seen must not bring notices back. */
    public KudosPreferences seenUpTo(long kudosId) {
        return new KudosPreferences(leaderboardOptOut, showCounts, Math.max(noticesSeenUpTo, kudosId));
    }
}
