package io.serviceculture.plugin.accountability.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * What one finally resolved issue adds to one provider × client cell: whole numerators and denominators, so a
 * cell is the exact sum of its rows and every drill-down adds up.
 */
@Table(ContributionAO.TABLE)
public interface ContributionAO extends Entity {
    String TABLE = "ACC_CELL";
    String COLUMN_ID = "ID";
    String COLUMN_ISSUE_ID = "ISSUE_ID";
    String COLUMN_ISSUE_KEY = "ISSUE_KEY";
    String COLUMN_PROVIDER = "PROVIDER";
    String COLUMN_CLIENT = "CLIENT";
    String COLUMN_RESOLVED_AT = "RESOLVED_AT";
    String COLUMN_ATT_NUM = "ATT_NUM";
    String COLUMN_ATT_DEN = "ATT_DEN";
    String COLUMN_OWN_NUM = "OWN_NUM";
    String COLUMN_OWN_DEN = "OWN_DEN";
    String COLUMN_REO_NUM = "REO_NUM";
    String COLUMN_REO_DEN = "REO_DEN";
    String COLUMN_RAT_NUM = "RAT_NUM";
    String COLUMN_RAT_DEN = "RAT_DEN";

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @Indexed
    String getProvider();

    void setProvider(String provider);

    /** Null for reporters in no team. */
    @Nullable
    String getClient();

    void setClient(@Nullable String client);

    @NotNull
    @Indexed
    Date getResolvedAt();

    void setResolvedAt(Date resolvedAt);

    long getAttNum();

    void setAttNum(long attNum);

    long getAttDen();

    void setAttDen(long attDen);

    long getOwnNum();

    void setOwnNum(long ownNum);

    long getOwnDen();

    void setOwnDen(long ownDen);

    long getReoNum();

    void setReoNum(long reoNum);

    long getReoDen();

    void setReoDen(long reoDen);

    long getRatNum();

    void setRatNum(long ratNum);

    long getRatDen();

    void setRatDen(long ratDen);
}
