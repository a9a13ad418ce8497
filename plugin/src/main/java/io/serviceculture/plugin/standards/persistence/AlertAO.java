package io.serviceculture.plugin.standards.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A raised warning or breach. {@code ALERT_KEY} (issue, standard, metric, cycle start, kind) is unique, so an
 * alert is stored, and people are told, once even when two nodes raise it at the same moment.
 */
@Table("SLA_ALERT")
public interface AlertAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_ALERT_KEY = "ALERT_KEY";
    String COLUMN_ISSUE_ID = "ISSUE_ID";
    String COLUMN_ISSUE_KEY = "ISSUE_KEY";
    String COLUMN_STANDARD_ID = "STANDARD_ID";
    String COLUMN_STANDARD_NAME = "STANDARD_NAME";
    String COLUMN_METRIC_KEY = "METRIC_KEY";
    String COLUMN_METRIC_NAME = "METRIC_NAME";
    String COLUMN_CYCLE_START = "CYCLE_START";
    String COLUMN_KIND = "KIND";
    String COLUMN_RAISED_AT = "RAISED_AT";
    String COLUMN_ELAPSED_MS = "ELAPSED_MS";
    String COLUMN_GOAL_MS = "GOAL_MS";

    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getAlertKey();

    void setAlertKey(String alertKey);

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getStandardId();

    void setStandardId(String standardId);

    @NotNull
    String getStandardName();

    void setStandardName(String standardName);

    @NotNull
    String getMetricKey();

    void setMetricKey(String metricKey);

    @NotNull
    String getMetricName();

    void setMetricName(String metricName);

    @NotNull
    Date getCycleStart();

    void setCycleStart(Date cycleStart);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    @Indexed
    Date getRaisedAt();

    void setRaisedAt(Date raisedAt);

    long getElapsedMs();

    void setElapsedMs(long elapsedMs);

    long getGoalMs();

    void setGoalMs(long goalMs);
}
