package io.serviceculture.plugin.reports.persistence;

import com.atlassian.jira.database.DatabaseAccessor;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.KudosExportPort;
import io.serviceculture.core.reports.KudosExportQuery;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import io.serviceculture.plugin.persistence.AppTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Reads kudos for HR reports in plain SQL on the connection Jira lends, because Active Objects wraps every row of
 * a million in a proxy: one query per page by ascending {@code ID} after the last id read (the primary key's index,
 * so page n costs what page 1 does), and one for the page's receivers, by id range when the page's ids lie close
 * together, read in kudos order and matched to the page in one pass. Hidden kudos are never read. Timestamps are
 * bound and read as AO writes them.
 */
@Named
public final class SqlKudosExport implements KudosExportPort {
    private static final String KUDOS_TABLE = "KUDOS";
    private static final String RECEIVER_TABLE = "KUDOS_RCV";
    /** Ids spread over at most this many times the page's size are read as one range. */
    private static final long DENSE = 4;
    /** Keeps IN lists short: PostgreSQL plans a long list slowly. */
    private static final int IN_LIST = 500;

    private static final List<String> KUDOS_COLUMNS = List.of(
            KudosAO.COLUMN_ID,
            KudosAO.COLUMN_GIVER_KEY,
            KudosAO.COLUMN_VALUE_ID,
            KudosAO.COLUMN_MESSAGE,
            KudosAO.COLUMN_ISSUE_ID,
            KudosAO.COLUMN_VISIBILITY,
            KudosAO.COLUMN_GIVEN_AT,
            KudosAO.COLUMN_CLIENT_REQUEST_ID);

    private final DatabaseAccessor database;

    @Inject
    public SqlKudosExport(DatabaseAccessor database) {
        this.database = database;
    }

    @Override
    public List<Kudos> kudosAfter(KudosExportQuery query, long afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return database.executeQuery(borrowed -> {
            Connection connection = borrowed.getJdbcConnection();
            try {
                AppTables t = AppTables.on(connection, database.getSchemaName());
                List<Row> rows = kudosRows(connection, t, query, afterId, limit);
                return withReceivers(connection, t, rows);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the report's kudos", e);
            }
        });
    }

    @Override
    public long countReceiverRows(KudosExportQuery query) {
        return database.executeQuery(borrowed -> {
            Connection connection = borrowed.getJdbcConnection();
            try {
                AppTables t = AppTables.on(connection, database.getSchemaName());
                Criteria criteria = criteria(t, query);
                String sql = "SELECT COUNT(*) FROM " + t.table(KUDOS_TABLE) + " k JOIN " + t.table(RECEIVER_TABLE)
                        + " r ON r." + t.column(KudosReceiverAO.COLUMN_KUDOS_ID) + " = k."
                        + t.column(KudosAO.COLUMN_ID) + " WHERE " + criteria.where()
                        // with a receiver asked for, only that receiver's pairs count
                        + query.receiver()
                                .map(receiver -> " AND r." + t.column(KudosReceiverAO.COLUMN_RECEIVER_ID) + " = ?")
                                .orElse("");
                List<Object> params = new ArrayList<>(criteria.params);
                query.receiver().ifPresent(receiver -> params.add(receiver.id()));
                try (PreparedStatement statement = prepare(connection, sql, params);
                        ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the report's rows", e);
            }
        });
    }

    private static List<Row> kudosRows(
            Connection connection, AppTables t, KudosExportQuery query, long afterId, int limit) throws SQLException {
        Criteria criteria = criteria(t, query);
        query.receiver()
                .ifPresent(receiver -> criteria.add(
                        "k." + t.column(KudosAO.COLUMN_ID) + " IN (SELECT "
                                + t.column(KudosReceiverAO.COLUMN_KUDOS_ID) + " FROM " + t.table(RECEIVER_TABLE)
                                + " WHERE " + t.column(KudosReceiverAO.COLUMN_RECEIVER_ID) + " = ?)",
                        receiver.id()));
        criteria.add("k." + t.column(KudosAO.COLUMN_ID) + " > ?", afterId);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < KUDOS_COLUMNS.size(); i++) {
            sql.append(i == 0 ? "k." : ", k.").append(t.column(KUDOS_COLUMNS.get(i)));
        }
        sql.append(" FROM ")
                .append(t.table(KUDOS_TABLE))
                .append(" k WHERE ")
                .append(criteria.where())
                .append(" ORDER BY k.")
                .append(t.column(KudosAO.COLUMN_ID))
                .append(" LIMIT ")
                // a number, not a parameter: H2 and PostgreSQL both plan a literal limit better
                .append(limit);
        List<Row> rows = new ArrayList<>(Math.min(limit, 10_000));
        try (PreparedStatement statement = prepare(connection, sql.toString(), criteria.params);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                long issueId = result.getLong(5);
                boolean noIssue = result.wasNull();
                Timestamp givenAt = result.getTimestamp(7);
                rows.add(new Row(
                        result.getLong(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        noIssue ? OptionalLong.empty() : OptionalLong.of(issueId),
                        result.getString(6),
                        givenAt,
                        result.getString(8)));
            }
        }
        return rows;
    }

    private static List<Kudos> withReceivers(Connection connection, AppTables t, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        long first = rows.get(0).id;
        long last = rows.get(rows.size() - 1).id;
        String kudosId = t.column(KudosReceiverAO.COLUMN_KUDOS_ID);
        String select = "SELECT " + kudosId + ", " + t.column(KudosReceiverAO.COLUMN_RECEIVER_ID) + " FROM "
                + t.table(RECEIVER_TABLE) + " WHERE ";
        // in kudos order, each kudos's receivers in the order they were stored
        String order = " ORDER BY " + kudosId + ", " + t.column(KudosReceiverAO.COLUMN_ID);
        if (last - first < DENSE * rows.size()) {
            // the page's ids are close together (the usual case): one index range scan, strays ignored
            Cursor cursor = new Cursor(rows);
            try (PreparedStatement statement = prepare(
                            connection,
                            select + kudosId + " >= ? AND " + kudosId + " <= ?" + order,
                            List.of(first, last));
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    cursor.add(result.getLong(1), result.getString(2));
                }
            }
        } else {
            Map<Long, Row> byId = new HashMap<>(rows.size() * 2);
            for (Row row : rows) {
                byId.put(row.id, row);
            }
            for (int from = 0; from < rows.size(); from += IN_LIST) {
                List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + IN_LIST));
                List<Object> ids = new ArrayList<>(chunk.size());
                for (Row row : chunk) {
                    ids.add(row.id);
                }
                String in = kudosId + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
                try (PreparedStatement statement = prepare(connection, select + in + order, ids);
                        ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Row row = byId.get(result.getLong(1));
                        if (row != null) {
                            row.receivers.add(Receiver.parse(result.getString(2)));
                        }
                    }
                }
            }
        }
        List<Kudos> page = new ArrayList<>(rows.size());
        for (Row row : rows) {
            page.add(row.kudos());
        }
        return page;
    }

    private static Criteria criteria(AppTables t, KudosExportQuery query) {
        Criteria criteria = new Criteria();
        criteria.add("k." + t.column(KudosAO.COLUMN_HIDDEN_AT) + " IS NULL");
        String givenAt = "k." + t.column(KudosAO.COLUMN_GIVEN_AT);
        query.givenFrom().ifPresent(from -> criteria.add(givenAt + " >= ?", new Timestamp(from.toEpochMilli())));
        query.givenBefore().ifPresent(before -> criteria.add(givenAt + " < ?", new Timestamp(before.toEpochMilli())));
        query.valueId().ifPresent(value -> criteria.add("k." + t.column(KudosAO.COLUMN_VALUE_ID) + " = ?", value));
        query.giver()
                .ifPresent(giver -> criteria.add("k." + t.column(KudosAO.COLUMN_GIVER_KEY) + " = ?", giver.value()));
        query.visibility()
                .ifPresent(visibility ->
                        criteria.add("k." + t.column(KudosAO.COLUMN_VISIBILITY) + " = ?", visibility.name()));
        if (!query.anyReceiver().isEmpty()) {
            // read through the receivers' index: one team's kudos in a week, not the whole company's
            List<String> ids =
                    query.anyReceiver().stream().map(Receiver::id).sorted().toList();
            criteria.add(
                    "k." + t.column(KudosAO.COLUMN_ID) + " IN (SELECT " + t.column(KudosReceiverAO.COLUMN_KUDOS_ID)
                            + " FROM " + t.table(RECEIVER_TABLE) + " WHERE "
                            + t.column(KudosReceiverAO.COLUMN_RECEIVER_ID) + " IN ("
                            + String.join(", ", Collections.nCopies(ids.size(), "?")) + "))",
                    ids.toArray());
        }
        return criteria;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                Object param = params.get(i);
                if (param instanceof Timestamp timestamp) {
                    statement.setTimestamp(i + 1, timestamp);
                } else if (param instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else {
                    statement.setString(i + 1, (String) param);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** A kudos row as read, collecting its receivers before it becomes a {@link Kudos}. */
    private static final class Row {
        final long id;
        final String giver;
        final String valueId;
        final String message;
        final OptionalLong issueId;
        final String visibility;
        final Timestamp givenAt;
        final String clientRequestId;
        final List<Receiver> receivers = new ArrayList<>(1);

        Row(
                long id,
                String giver,
                String valueId,
                String message,
                OptionalLong issueId,
                String visibility,
                Timestamp givenAt,
                String clientRequestId) {
            this.id = id;
            this.giver = giver;
            this.valueId = valueId;
            this.message = message;
            this.issueId = issueId;
            this.visibility = visibility;
            this.givenAt = givenAt;
            this.clientRequestId = clientRequestId;
        }

        Kudos kudos() {
            return new Kudos(
                    id,
                    UserKey.of(giver),
                    receivers,
                    valueId,
                    message,
                    issueId,
                    Visibility.valueOf(visibility),
                    givenAt.toInstant(),
                    clientRequestId,
                    Optional.empty());
        }
    }

    /** Walks the page's rows alongside receivers read in kudos order: no lookup per receiver. */
    private static final class Cursor {
        private final List<Row> rows;
        private int at;

        Cursor(List<Row> rows) {
            this.rows = rows;
        }

        void add(long kudosId, String receiverId) {
            while (at < rows.size() && rows.get(at).id < kudosId) {
                at++;
            }
            if (at < rows.size() && rows.get(at).id == kudosId) {
                rows.get(at).receivers.add(Receiver.parse(receiverId));
            }
        }
    }

    /** A WHERE clause and its parameters, built up one condition at a time. */
    private static final class Criteria {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... parameters) {
            conditions.add(condition);
            Collections.addAll(params, parameters);
        }

        String where() {
            return String.join(" AND ", conditions);
        }
    }
}
