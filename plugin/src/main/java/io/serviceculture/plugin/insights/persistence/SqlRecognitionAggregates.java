package io.serviceculture.plugin.insights.persistence;

import com.atlassian.jira.database.DatabaseAccessor;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.insights.RecognitionAggregatesPort;
import io.serviceculture.core.insights.RecognitionCount;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import io.serviceculture.plugin.persistence.AppTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Adds a period's kudos up in the database: one GROUP BY per figure, over the range index on {@code GIVEN_AT}, so a
 * million kudos come back as one row per giver, receiver and value. Active Objects cannot group, hence plain SQL on
 * the connection Jira lends; timestamps are bound as AO writes them.
 */
@Named
public final class SqlRecognitionAggregates implements RecognitionAggregatesPort {
    private static final String KUDOS_TABLE = "KUDOS";
    private static final String RECEIVER_TABLE = "KUDOS_RCV";

    private final DatabaseAccessor database;

    @Inject
    public SqlRecognitionAggregates(DatabaseAccessor database) {
        this.database = database;
    }

    @Override
    public List<RecognitionCount> recognitions(Interval period) {
        return database.executeQuery(borrowed -> {
            Connection connection = borrowed.getJdbcConnection();
            try {
                AppTables t = AppTables.on(connection, database.getSchemaName());
                String giver = "k." + t.column(KudosAO.COLUMN_GIVER_KEY);
                String receiver = "r." + t.column(KudosReceiverAO.COLUMN_RECEIVER_ID);
                String value = "k." + t.column(KudosAO.COLUMN_VALUE_ID);
                String sql = "SELECT " + giver + ", " + receiver + ", " + value + ", COUNT(*) FROM "
                        + t.table(KUDOS_TABLE) + " k JOIN " + t.table(RECEIVER_TABLE) + " r ON r."
                        + t.column(KudosReceiverAO.COLUMN_KUDOS_ID) + " = k." + t.column(KudosAO.COLUMN_ID)
                        + where(t) + " GROUP BY " + giver + ", " + receiver + ", " + value;
                List<RecognitionCount> counts = new ArrayList<>();
                try (PreparedStatement statement = prepare(connection, sql, period);
                        ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.add(new RecognitionCount(
                                UserKey.of(rows.getString(1)),
                                Receiver.parse(rows.getString(2)),
                                rows.getString(3),
                                rows.getLong(4)));
                    }
                }
                return counts;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot add up the period's recognitions", e);
            }
        });
    }

    @Override
    public Map<UserKey, Long> givenPerGiver(Interval period) {
        return database.executeQuery(borrowed -> {
            Connection connection = borrowed.getJdbcConnection();
            try {
                AppTables t = AppTables.on(connection, database.getSchemaName());
                String giver = "k." + t.column(KudosAO.COLUMN_GIVER_KEY);
                String sql = "SELECT " + giver + ", COUNT(*) FROM " + t.table(KUDOS_TABLE) + " k" + where(t)
                        + " GROUP BY " + giver;
                Map<UserKey, Long> counts = new HashMap<>();
                try (PreparedStatement statement = prepare(connection, sql, period);
                        ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.put(UserKey.of(rows.getString(1)), rows.getLong(2));
                    }
                }
                return counts;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot add up the period's giving", e);
            }
        });
    }

    private static String where(AppTables t) {
        String givenAt = "k." + t.column(KudosAO.COLUMN_GIVEN_AT);
        return " WHERE " + givenAt + " >= ? AND " + givenAt + " < ? AND k." + t.column(KudosAO.COLUMN_HIDDEN_AT)
                + " IS NULL";
    }

    private static PreparedStatement prepare(Connection connection, String sql, Interval period) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setTimestamp(1, new Timestamp(period.from().toEpochMilli()));
            statement.setTimestamp(2, new Timestamp(period.to().toEpochMilli()));
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
