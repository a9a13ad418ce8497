package io.serviceculture.plugin.accountability.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.jspecify.annotations.Nullable;

/**
 * One issue's accountability facts, one row per issue id. The counts are kept as columns for reports in SQL;
 * {@code DETAIL} holds the hand-offs and resolutions themselves, so the facts can be read back whole.
 */
@Table(IssueFactsAO.TABLE)
public interface IssueFactsAO extends Entity {
    String TABLE = "ACC_ISSUE";
    String COLUMN_ID = "ID";
    String COLUMN_ISSUE_ID = "ISSUE_ID";
    String COLUMN_ISSUE_KEY = "ISSUE_KEY";
    String COLUMN_CLIENT_TEAM = "CLIENT_TEAM";
    String COLUMN_PROVIDER_TEAMS = "PROVIDER_TEAMS";
    String COLUMN_HAND_OFFS = "HAND_OFFS";
    String COLUMN_PING_PONGS = "PING_PONGS";
    String COLUMN_END_TO_END = "END_TO_END";
    String COLUMN_REOPENS = "REOPENS";
    String COLUMN_ATT_MET = "ATT_MET";
    String COLUMN_ATT_COMPLETED = "ATT_COMPLETED";
    String COLUMN_RATING = "RATING";
    String COLUMN_RESOLVED_AT = "RESOLVED_AT";
    String COLUMN_RESOLVING_TEAM = "RESOLVING_TEAM";
    String COLUMN_PEOPLE = "PEOPLE";
    String COLUMN_DETAIL = "DETAIL";

    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @Nullable
    String getClientTeam();

    void setClientTeam(@Nullable String clientTeam);

    /** The provider teams in order, one per line. */
    @Nullable
    @StringLength(StringLength.UNLIMITED)
    String getProviderTeams();

    void setProviderTeams(@Nullable String providerTeams);

    int getHandOffs();

    void setHandOffs(int handOffs);

    int getPingPongs();

    void setPingPongs(int pingPongs);

    boolean isEndToEnd();

    void setEndToEnd(boolean endToEnd);

    int getReopens();

    void setReopens(int reopens);

    /** Met standard cycles; null with {@code ATT_COMPLETED} when no standard applied. */
    @Nullable
    Integer getAttMet();

    void setAttMet(@Nullable Integer attMet);

    @Nullable
    Integer getAttCompleted();

    void setAttCompleted(@Nullable Integer attCompleted);

    @Nullable
    Integer getRating();

    void setRating(@Nullable Integer rating);

    /** The final resolution; null while the issue is open. */
    @Nullable
    @Indexed
    Date getResolvedAt();

    void setResolvedAt(@Nullable Date resolvedAt);

    @Nullable
    String getResolvingTeam();

    void setResolvingTeam(@Nullable String resolvingTeam);

    /** The reporter and every assignee, each between bars ({@code |ann|bob|}), to find a person's issues. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPeople();

    void setPeople(String people);

    @Nullable
    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(@Nullable String detail);
}
