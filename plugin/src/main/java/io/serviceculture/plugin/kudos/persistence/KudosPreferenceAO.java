package io.serviceculture.plugin.kudos.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One person's kudos preferences; people without a row have the defaults. */
// every column in one SELECT: without it each getter is a query of its own
@Preload
@Table("KUDOS_PREF")
public interface KudosPreferenceAO extends Entity {
    String COLUMN_USER_KEY = "USER_KEY";
    String COLUMN_LEADERBOARD_OPT_OUT = "LEADERBOARD_OPT_OUT";
    String COLUMN_SHOW_COUNTS = "SHOW_COUNTS";
    String COLUMN_NOTICES_SEEN = "NOTICES_SEEN";

    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getUserKey();

    void setUserKey(String userKey);

    boolean isLeaderboardOptOut();

    void setLeaderboardOptOut(boolean optOut);

    boolean isShowCounts();

    void setShowCounts(boolean show);

    long getNoticesSeen();

    void setNoticesSeen(long kudosId);
}
