package io.serviceculture.plugin.standards.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A running cycle as last evaluated, with when it warns and breaches (null: nothing owed), indexed so the
 * alert sweep finds what came due with one query. Rows of an issue are replaced together.
 */
@Table("SLA_RUNNING")
public interface RunningClockAO extends Entity {
    String COLUMN_ISSUE_ID = "ISSUE_ID";
    String COLUMN_STANDARD_ID = "STANDARD_ID";
    String COLUMN_METRIC_KEY = "METRIC_KEY";
    String COLUMN_START_AT = "START_AT";
    String COLUMN_WARN_AT = "WARN_AT";
    String COLUMN_DUE_AT = "DUE_AT";

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getStandardId();

    void setStandardId(String standardId);

    @NotNull
    String getMetricKey();

    void setMetricKey(String metricKey);

    @NotNull
    Date getStartAt();

    void setStartAt(Date startAt);

    @Nullable
    @Indexed
    Date getWarnAt();

    void setWarnAt(@Nullable Date warnAt);

    @Nullable
    @Indexed
    Date getDueAt();

    void setDueAt(@Nullable Date dueAt);
}
