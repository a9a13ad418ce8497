package io.serviceculture.plugin.accountability.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.database.DatabaseAccessor;
import io.serviceculture.core.accountability.AttainmentPort;
import io.serviceculture.core.accountability.StandardAttainment;
import io.serviceculture.plugin.persistence.AppTables;
import io.serviceculture.plugin.standards.persistence.CycleAO;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * An issue's attainment from the SLA cycles the standards feature recorded for it: met completed cycles out of
 * all completed cycles. Counted in SQL, so no cycle is read; a rebuild's page of issues is counted in one grouped
 * query per {@link AccountabilitySql#IDS_PER_STATEMENT} issues.
 */
@Named
public class AoStandardAttainment implements AttainmentPort {
    /** {@link CycleAO}'s {@code @Table} name. */
    private static final String CYCLE_TABLE = "SLA_CYCLE";

    private final ActiveObjects ao;
    private final DatabaseAccessor database;

    @Inject
    public AoStandardAttainment(ActiveObjects ao, DatabaseAccessor database) {
        this.ao = ao;
        this.database = database;
    }

    @Override
    public Optional<StandardAttainment> attainment(long issueId) {
        int completed = ao.count(CycleAO.class, CycleAO.COLUMN_ISSUE_ID + " = ?", issueId);
        if (completed == 0) {
            return Optional.empty();
        }
        int met = ao.count(
                CycleAO.class, CycleAO.COLUMN_ISSUE_ID + " = ? AND " + CycleAO.COLUMN_MET + " = ?", issueId, true);
        return Optional.of(new StandardAttainment(met, completed));
    }

    @Override
    public Map<Long, StandardAttainment> attainments(Collection<Long> issueIds) {
        List<Long> ids = new ArrayList<>(issueIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.executeQuery(borrowed -> {
            Connection connection = borrowed.getJdbcConnection();
            Map<Long, StandardAttainment> found = new HashMap<>();
            try {
                AppTables t = AppTables.on(connection, database.getSchemaName());
                String issueId = t.column(CycleAO.COLUMN_ISSUE_ID);
                for (int from = 0; from < ids.size(); from += AccountabilitySql.IDS_PER_STATEMENT) {
                    List<Long> chunk =
                            ids.subList(from, Math.min(ids.size(), from + AccountabilitySql.IDS_PER_STATEMENT));
                    String sql = "SELECT " + issueId + ", COUNT(*), SUM(CASE WHEN " + t.column(CycleAO.COLUMN_MET)
                            + " = ? THEN 1 ELSE 0 END) FROM " + t.table(CYCLE_TABLE) + " WHERE " + issueId
                            + " IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") GROUP BY "
                            + issueId;
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setBoolean(1, true);
                        for (int i = 0; i < chunk.size(); i++) {
                            statement.setLong(i + 2, chunk.get(i));
                        }
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                found.put(rows.getLong(1), new StandardAttainment(rows.getInt(3), rows.getInt(2)));
                            }
                        }
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the issues' met cycles", e);
            }
        });
    }
}
