package io.serviceculture.plugin.standards.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.CompletedCycle;
import io.serviceculture.core.standards.CycleQuery;
import io.serviceculture.core.standards.CycleResult;
import io.serviceculture.core.standards.CycleResultsPort;
import io.serviceculture.core.standards.RecordedCycle;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.plugin.persistence.UniqueViolations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Completed cycles in {@code SLA_CYCLE}. Each is inserted on its own, so that a cycle another node recorded first
 * (a unique {@code CYCLE_KEY}) is skipped without undoing the others. Durations are kept to the millisecond,
 * as Jira's timestamps are.
 */
@Named
public class AoCycleResults implements CycleResultsPort {
    private final ActiveObjects ao;

    @Inject
    public AoCycleResults(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public int record(List<RecordedCycle> cycles) {
        int added = 0;
        for (RecordedCycle cycle : cycles) {
            String key = keyOf(cycle);
            if (ao.count(CycleAO.class, CycleAO.COLUMN_CYCLE_KEY + " = ?", key) > 0) {
                continue;
            }
            try {
                ao.executeInTransaction(() -> ao.create(CycleAO.class, columns(cycle, key)));
                added++;
            } catch (RuntimeException e) {
                if (!UniqueViolations.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
        return added;
    }

    @Override
    public List<RecordedCycle> find(CycleQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        query.standard().ifPresent(id -> add(clauses, parameters, CycleAO.COLUMN_STANDARD_ID + " = ?", id.value()));
        query.projectKey().ifPresent(key -> add(clauses, parameters, CycleAO.COLUMN_PROJECT_KEY + " = ?", key));
        query.team().ifPresent(team -> add(clauses, parameters, CycleAO.COLUMN_TEAM + " = ?", team.groupName()));
        query.assignee()
                .ifPresent(user -> add(clauses, parameters, CycleAO.COLUMN_ASSIGNEE_KEY + " = ?", user.value()));
        query.from().ifPresent(from -> add(clauses, parameters, CycleAO.COLUMN_STOP_AT + " >= ?", Date.from(from)));
        query.to().ifPresent(to -> add(clauses, parameters, CycleAO.COLUMN_STOP_AT + " < ?", Date.from(to)));
        Query select = Query.select().order(CycleAO.COLUMN_STOP_AT + " ASC, " + CycleAO.COLUMN_ISSUE_ID + " ASC");
        if (!clauses.isEmpty()) {
            select = select.where(String.join(" AND ", clauses), parameters.toArray());
        }
        return Arrays.stream(ao.find(CycleAO.class, select))
                .map(AoCycleResults::toCycle)
                .toList();
    }

    private static void add(List<String> clauses, List<Object> parameters, String clause, Object parameter) {
        clauses.add(clause);
        parameters.add(parameter);
    }

    static String keyOf(RecordedCycle cycle) {
        CycleResult result = cycle.result();
        return result.issueId() + "|" + result.standard().value() + "|" + result.metricKey() + "|"
                + result.cycle().start().toEpochMilli();
    }

    private static Map<String, Object> columns(RecordedCycle cycle, String key) {
        CycleResult result = cycle.result();
        CompletedCycle completed = result.cycle();
        Map<String, Object> columns = new HashMap<>();
        columns.put(CycleAO.COLUMN_CYCLE_KEY, key);
        columns.put(CycleAO.COLUMN_ISSUE_ID, result.issueId());
        columns.put(CycleAO.COLUMN_STANDARD_ID, result.standard().value());
        columns.put(CycleAO.COLUMN_METRIC_KEY, result.metricKey());
        columns.put(CycleAO.COLUMN_VERSION_NUMBER, completed.version());
        columns.put(CycleAO.COLUMN_START_AT, Date.from(completed.start()));
        columns.put(CycleAO.COLUMN_STOP_AT, Date.from(completed.stop()));
        columns.put(CycleAO.COLUMN_ELAPSED_MS, completed.elapsed().toMillis());
        columns.put(CycleAO.COLUMN_GOAL_MS, completed.goal().toMillis());
        // kept for reports that count met cycles in SQL without reading durations
        columns.put(CycleAO.COLUMN_MET, completed.met());
        columns.put(CycleAO.COLUMN_PROJECT_KEY, cycle.projectKey());
        cycle.assignee().ifPresent(user -> columns.put(CycleAO.COLUMN_ASSIGNEE_KEY, user.value()));
        cycle.team().ifPresent(team -> columns.put(CycleAO.COLUMN_TEAM, team.groupName()));
        return columns;
    }

    private static RecordedCycle toCycle(CycleAO row) {
        CompletedCycle cycle = new CompletedCycle(
                row.getVersionNumber(),
                row.getStartAt().toInstant(),
                row.getStopAt().toInstant(),
                Duration.ofMillis(row.getElapsedMs()),
                Duration.ofMillis(row.getGoalMs()));
        return new RecordedCycle(
                new CycleResult(row.getIssueId(), StandardId.of(row.getStandardId()), row.getMetricKey(), cycle),
                row.getProjectKey(),
                Optional.ofNullable(row.getAssigneeKey()).map(UserKey::of),
                Optional.ofNullable(row.getTeam()).map(TeamKey::of));
    }
}
