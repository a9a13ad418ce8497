package io.serviceculture.plugin.commitments.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A commitment: the period as ISO dates (UTC days), the target in columns (a measure and its parameters, or
 * milestones one per line), and the last sign-off with the revision it was given to.
 */
@Table("COMMITMENT")
public interface CommitmentAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_OWNER_KEY = "OWNER_KEY";
    String COLUMN_PERIOD_KIND = "PERIOD_KIND";
    String COLUMN_PERIOD_START = "PERIOD_START";
    String COLUMN_PERIOD_END = "PERIOD_END";
    String COLUMN_COMMITMENT_TEXT = "COMMITMENT_TEXT";
    String COLUMN_MEASURE = "MEASURE";
    String COLUMN_TARGET_VALUE = "TARGET_VALUE";
    String COLUMN_DIRECTION = "DIRECTION";
    String COLUMN_STANDARD_ID = "STANDARD_ID";
    String COLUMN_METRIC_KEY = "METRIC_KEY";
    String COLUMN_CLIENT_TEAM = "CLIENT_TEAM";
    String COLUMN_MILESTONES = "MILESTONES";
    String COLUMN_VISIBILITY = "VISIBILITY";
    String COLUMN_REVISION = "REVISION";
    String COLUMN_UPDATED_BY = "UPDATED_BY";
    String COLUMN_UPDATED_AT = "UPDATED_AT";
    String COLUMN_SIGNED_BY = "SIGNED_BY";
    String COLUMN_SIGNED_NAME = "SIGNED_NAME";
    String COLUMN_SIGNED_AT = "SIGNED_AT";
    String COLUMN_SIGNED_REVISION = "SIGNED_REVISION";

    @NotNull
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    String getPeriodKind();

    void setPeriodKind(String periodKind);

    @NotNull
    @Indexed
    String getPeriodStart();

    void setPeriodStart(String periodStart);

    @NotNull
    String getPeriodEnd();

    void setPeriodEnd(String periodEnd);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getCommitmentText();

    void setCommitmentText(String text);

    /** A {@code MeasureKind} name, or null for milestones. */
    @Nullable
    String getMeasure();

    void setMeasure(@Nullable String measure);

    double getTargetValue();

    void setTargetValue(double value);

    @Nullable
    String getDirection();

    void setDirection(@Nullable String direction);

    @Nullable
    String getStandardId();

    void setStandardId(@Nullable String standardId);

    @Nullable
    String getMetricKey();

    void setMetricKey(@Nullable String metricKey);

    /**
     * The target's team: the client team of ISSUES_RESOLVED_FOR_CLIENT_TEAM or the providing team of
     * TEAM_OWNED_HOURS. The column keeps the name it had before the second measure, as renaming it would need a
     * schema upgrade of stored rows for no gain.
     */
    @Nullable
    String getClientTeam();

    void setClientTeam(@Nullable String clientTeam);

    /** One milestone per line, or null for a measured target. */
    @Nullable
    @StringLength(StringLength.UNLIMITED)
    String getMilestones();

    void setMilestones(@Nullable String milestones);

    @NotNull
    String getVisibility();

    void setVisibility(String visibility);

    int getRevision();

    void setRevision(int revision);

    @NotNull
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    @Nullable
    String getSignedBy();

    void setSignedBy(@Nullable String signedBy);

    @Nullable
    String getSignedName();

    void setSignedName(@Nullable String signedName);

    @Nullable
    Date getSignedAt();

    void setSignedAt(@Nullable Date signedAt);

    int getSignedRevision();

    void setSignedRevision(int signedRevision);
}
