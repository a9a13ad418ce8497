package io.serviceculture.plugin.standards.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.standards.AlertKind;
import io.serviceculture.core.standards.ClockAlert;
import io.serviceculture.core.standards.ClockAlertsPort;
import io.serviceculture.core.standards.RunningClock;
import io.serviceculture.core.standards.RunningClocksPort;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.plugin.persistence.UniqueViolations;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/** Running clocks in {@code SLA_RUNNING} and raised alerts in {@code SLA_ALERT}. */
@Named
public class AoLiveClocks implements RunningClocksPort, ClockAlertsPort {
    private final ActiveObjects ao;

    @Inject
    public AoLiveClocks(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void replaceRunning(long issueId, List<RunningClock> running) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(RunningClockAO.class, RunningClockAO.COLUMN_ISSUE_ID + " = ?", issueId);
            for (RunningClock clock : running) {
                Map<String, Object> columns = new HashMap<>();
                columns.put(RunningClockAO.COLUMN_ISSUE_ID, issueId);
                columns.put(RunningClockAO.COLUMN_STANDARD_ID, clock.standard().value());
                columns.put(RunningClockAO.COLUMN_METRIC_KEY, clock.metricKey());
                columns.put(RunningClockAO.COLUMN_START_AT, Date.from(clock.cycleStart()));
                clock.warnAt().ifPresent(at -> columns.put(RunningClockAO.COLUMN_WARN_AT, Date.from(at)));
                clock.dueAt().ifPresent(at -> columns.put(RunningClockAO.COLUMN_DUE_AT, Date.from(at)));
                ao.create(RunningClockAO.class, columns);
            }
            return null;
        });
    }

    @Override
    public List<Long> issuesDueBy(Instant now, int limit) {
        Date at = Date.from(now);
        RunningClockAO[] rows = ao.find(
                RunningClockAO.class,
                Query.select()
                        .where(
                                RunningClockAO.COLUMN_WARN_AT + " <= ? OR " + RunningClockAO.COLUMN_DUE_AT + " <= ?",
                                at,
                                at)
                        .order(RunningClockAO.COLUMN_ISSUE_ID + " ASC")
                        .limit(limit));
        Set<Long> issues = new LinkedHashSet<>();
        for (RunningClockAO row : rows) {
            issues.add(row.getIssueId());
        }
        return List.copyOf(issues);
    }

    @Override
    public boolean record(ClockAlert alert) {
        if (exists(alert.alertKey())) {
            return false;
        }
        try {
            ao.executeInTransaction(() -> ao.create(AlertAO.class, columns(alert)));
            return true;
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean exists(String alertKey) {
        return ao.count(AlertAO.class, AlertAO.COLUMN_ALERT_KEY + " = ?", alertKey) > 0;
    }

    @Override
    public List<ClockAlert> newestFirst(int offset, int limit) {
        return Arrays.stream(ao.find(
                        AlertAO.class,
                        Query.select()
                                .order(AlertAO.COLUMN_RAISED_AT + " DESC, " + AlertAO.COLUMN_ID + " DESC")
                                .offset(offset)
                                .limit(limit)))
                .map(AoLiveClocks::toAlert)
                .toList();
    }

    private static Map<String, Object> columns(ClockAlert alert) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AlertAO.COLUMN_ALERT_KEY, alert.alertKey());
        columns.put(AlertAO.COLUMN_ISSUE_ID, alert.issueId());
        columns.put(AlertAO.COLUMN_ISSUE_KEY, alert.issueKey());
        columns.put(AlertAO.COLUMN_STANDARD_ID, alert.standard().value());
        columns.put(AlertAO.COLUMN_STANDARD_NAME, alert.standardName());
        columns.put(AlertAO.COLUMN_METRIC_KEY, alert.metricKey());
        columns.put(AlertAO.COLUMN_METRIC_NAME, alert.metricName());
        columns.put(AlertAO.COLUMN_CYCLE_START, Date.from(alert.cycleStart()));
        columns.put(AlertAO.COLUMN_KIND, alert.kind().name());
        columns.put(AlertAO.COLUMN_RAISED_AT, Date.from(alert.raisedAt()));
        columns.put(AlertAO.COLUMN_ELAPSED_MS, alert.elapsed().toMillis());
        columns.put(AlertAO.COLUMN_GOAL_MS, alert.goal().toMillis());
        return columns;
    }

    private static ClockAlert toAlert(AlertAO row) {
        return new ClockAlert(
                row.getIssueId(),
                row.getIssueKey(),
                StandardId.of(row.getStandardId()),
                row.getStandardName(),
                row.getMetricKey(),
                row.getMetricName(),
                row.getCycleStart().toInstant(),
                AlertKind.valueOf(row.getKind()),
                row.getRaisedAt().toInstant(),
                Duration.ofMillis(row.getElapsedMs()),
                Duration.ofMillis(row.getGoalMs()));
    }
}
