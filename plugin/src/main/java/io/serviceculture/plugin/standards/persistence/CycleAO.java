package io.serviceculture.plugin.standards.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.jspecify.annotations.Nullable;

/**
 * A completed cycle of a metric on an issue, with the version that produced it. {@code CYCLE_KEY} (issue,
 * standard, metric, start) is unique: a cycle is recorded once and never rewritten.
 */
@Table("SLA_CYCLE")
public interface CycleAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_CYCLE_KEY = "CYCLE_KEY";
    String COLUMN_ISSUE_ID = "ISSUE_ID";
    String COLUMN_STANDARD_ID = "STANDARD_ID";
    String COLUMN_METRIC_KEY = "METRIC_KEY";
    String COLUMN_VERSION_NUMBER = "VERSION_NUMBER";
    String COLUMN_START_AT = "START_AT";
    String COLUMN_STOP_AT = "STOP_AT";
    String COLUMN_ELAPSED_MS = "ELAPSED_MS";
    String COLUMN_GOAL_MS = "GOAL_MS";
    String COLUMN_MET = "MET";
    String COLUMN_PROJECT_KEY = "PROJECT_KEY";
    String COLUMN_ASSIGNEE_KEY = "ASSIGNEE_KEY";
    String COLUMN_TEAM = "TEAM";

    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getCycleKey();

    void setCycleKey(String cycleKey);

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    String getStandardId();

    void setStandardId(String standardId);

    @NotNull
    String getMetricKey();

    void setMetricKey(String metricKey);

    int getVersionNumber();

    void setVersionNumber(int versionNumber);

    @NotNull
    Date getStartAt();

    void setStartAt(Date startAt);

    @NotNull
    @Indexed
    Date getStopAt();

    void setStopAt(Date stopAt);

    long getElapsedMs();

    void setElapsedMs(long elapsedMs);

    long getGoalMs();

    void setGoalMs(long goalMs);

    boolean isMet();

    void setMet(boolean met);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @Nullable
    @Indexed
    String getAssigneeKey();

    void setAssigneeKey(@Nullable String assigneeKey);

    @Nullable
    @Indexed
    String getTeam();

    void setTeam(@Nullable String team);
}
