package io.serviceculture.plugin.accountability.persistence;

import com.atlassian.jira.database.DatabaseAccessor;
import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.CellTotal;
import io.serviceculture.core.accountability.Components;
import io.serviceculture.core.accountability.Contribution;
import io.serviceculture.core.accountability.Fraction;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.IssueAccountability;
import io.serviceculture.core.accountability.StoredFacts;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.plugin.persistence.AppTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The accountability tables' set-based statements, in plain SQL on the connection Jira lends, because Active
 * Objects writes one row per statement and reads each created row back, and wraps every read row in a proxy: a
 * rebuild page is two deletes and two batched inserts in one transaction, and the matrix is one grouped query read
 * as plain values. Timestamps are bound as AO writes them.
 */
final class AccountabilitySql {
    /** Ids per {@code IN (…)} list: well under every database's limit on bound parameters. */
    static final int IDS_PER_STATEMENT = 500;

    private static final List<String> FACT_COLUMNS = List.of(
            IssueFactsAO.COLUMN_ISSUE_ID,
            IssueFactsAO.COLUMN_ISSUE_KEY,
            IssueFactsAO.COLUMN_CLIENT_TEAM,
            IssueFactsAO.COLUMN_PROVIDER_TEAMS,
            IssueFactsAO.COLUMN_HAND_OFFS,
            IssueFactsAO.COLUMN_PING_PONGS,
            IssueFactsAO.COLUMN_END_TO_END,
            IssueFactsAO.COLUMN_REOPENS,
            IssueFactsAO.COLUMN_ATT_MET,
            IssueFactsAO.COLUMN_ATT_COMPLETED,
            IssueFactsAO.COLUMN_RATING,
            IssueFactsAO.COLUMN_RESOLVED_AT,
            IssueFactsAO.COLUMN_RESOLVING_TEAM,
            IssueFactsAO.COLUMN_PEOPLE,
            IssueFactsAO.COLUMN_DETAIL);

    /** A contribution's columns but its generated id: what a row is written with, and read from after the id. */
    static final List<String> CONTRIBUTION_COLUMNS = List.of(
            ContributionAO.COLUMN_ISSUE_ID,
            ContributionAO.COLUMN_ISSUE_KEY,
            ContributionAO.COLUMN_PROVIDER,
            ContributionAO.COLUMN_CLIENT,
            ContributionAO.COLUMN_RESOLVED_AT,
            ContributionAO.COLUMN_ATT_NUM,
            ContributionAO.COLUMN_ATT_DEN,
            ContributionAO.COLUMN_OWN_NUM,
            ContributionAO.COLUMN_OWN_DEN,
            ContributionAO.COLUMN_REO_NUM,
            ContributionAO.COLUMN_REO_DEN,
            ContributionAO.COLUMN_RAT_NUM,
            ContributionAO.COLUMN_RAT_DEN);

    /** The summed columns of a cell, in the order {@link Components} takes them. */
    static final List<String> SUMMED = CONTRIBUTION_COLUMNS.subList(5, CONTRIBUTION_COLUMNS.size());

    private final DatabaseAccessor database;

    AccountabilitySql(DatabaseAccessor database) {
        this.database = database;
    }

    /** Forgets the listed issues and writes the given facts, in one transaction. */
    void replaceAll(Collection<Long> issueIds, List<StoredFacts> facts) {
        inTransaction(connection -> {
            AppTables t = AppTables.on(connection, database.getSchemaName());
            List<Long> ids = new ArrayList<>(issueIds);
            for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
                deleteIssues(connection, t, ContributionAO.TABLE, chunk);
                deleteIssues(connection, t, IssueFactsAO.TABLE, chunk);
            }
            insertFacts(connection, t, facts);
            insertContributions(connection, t, facts);
        });
    }

    /** Each cell's summed contributions of the issues finally resolved in the period. */
    List<CellTotal> cellTotals(Interval period) {
        return database.executeQuery(borrowed -> {
            Connection connection = borrowed.getJdbcConnection();
            try {
                AppTables t = AppTables.on(connection, database.getSchemaName());
                StringBuilder sql = new StringBuilder("SELECT ")
                        .append(t.column(ContributionAO.COLUMN_PROVIDER))
                        .append(", ")
                        .append(t.column(ContributionAO.COLUMN_CLIENT))
                        .append(", COUNT(*)");
                // each row's parts are a few units, so summing them as integers is exact, and PostgreSQL
                // sums integers into a bigint, not into the much slower numeric it uses for bigint columns
                for (String column : SUMMED) {
                    sql.append(", SUM(CAST(").append(t.column(column)).append(" AS INTEGER))");
                }
                String resolvedAt = t.column(ContributionAO.COLUMN_RESOLVED_AT);
                sql.append(" FROM ")
                        .append(t.table(ContributionAO.TABLE))
                        .append(" WHERE ")
                        .append(resolvedAt)
                        .append(" >= ? AND ")
                        .append(resolvedAt)
                        .append(" < ? GROUP BY ")
                        .append(t.column(ContributionAO.COLUMN_PROVIDER))
                        .append(", ")
                        .append(t.column(ContributionAO.COLUMN_CLIENT));
                List<CellTotal> totals = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                    statement.setTimestamp(1, new Timestamp(period.from().toEpochMilli()));
                    statement.setTimestamp(2, new Timestamp(period.to().toEpochMilli()));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            String client = rows.getString(2);
                            Components components = new Components(
                                    Fraction.of(rows.getLong(4), rows.getLong(5)),
                                    Fraction.of(rows.getLong(6), rows.getLong(7)),
                                    Fraction.of(rows.getLong(8), rows.getLong(9)),
                                    Fraction.of(rows.getLong(10), rows.getLong(11)));
                            totals.add(new CellTotal(
                                    new CellKey(
                                            TeamKey.of(rows.getString(1)),
                                            client == null || client.isBlank()
                                                    ? Optional.empty()
                                                    : Optional.of(TeamKey.of(client))),
                                    components,
                                    rows.getInt(3)));
                        }
                    }
                }
                return totals;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot sum the period's accountability cells", e);
            }
        });
    }

    private static void deleteIssues(Connection connection, AppTables t, String table, List<Long> ids)
            throws SQLException {
        String sql = "DELETE FROM " + t.table(table) + " WHERE " + t.column(ContributionAO.COLUMN_ISSUE_ID) + " IN ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            statement.executeUpdate();
        }
    }

    private static void insertFacts(Connection connection, AppTables t, List<StoredFacts> facts) throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(insert(t, IssueFactsAO.TABLE, FACT_COLUMNS))) {
            for (StoredFacts stored : facts) {
                IssueAccountability f = stored.facts();
                int i = 0;
                statement.setLong(++i, f.issueId());
                statement.setString(++i, f.issueKey());
                setText(statement, ++i, f.clientTeam().map(TeamKey::groupName));
                statement.setString(++i, AoAccountabilityStore.providerTeams(f));
                statement.setInt(++i, f.handOffs().size());
                statement.setInt(++i, (int) f.pingPongs());
                statement.setBoolean(++i, f.endToEnd());
                statement.setInt(++i, (int) f.reopens());
                if (f.attainment().isPresent()) {
                    statement.setInt(++i, f.attainment().get().met());
                    statement.setInt(++i, f.attainment().get().completed());
                } else {
                    statement.setNull(++i, Types.INTEGER);
                    statement.setNull(++i, Types.INTEGER);
                }
                if (f.rating().isPresent()) {
                    statement.setInt(++i, f.rating().getAsInt());
                } else {
                    statement.setNull(++i, Types.INTEGER);
                }
                if (f.resolvedAt().isPresent()) {
                    statement.setTimestamp(
                            ++i, new Timestamp(f.resolvedAt().get().toEpochMilli()));
                } else {
                    statement.setNull(++i, Types.TIMESTAMP);
                }
                setText(statement, ++i, f.resolvingTeam().map(TeamKey::groupName));
                statement.setString(++i, AoAccountabilityStore.people(stored.people()));
                statement.setString(++i, AoAccountabilityStore.detail(f));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insertContributions(Connection connection, AppTables t, List<StoredFacts> facts)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(insert(t, ContributionAO.TABLE, CONTRIBUTION_COLUMNS))) {
            int rows = 0;
            for (StoredFacts stored : facts) {
                for (Contribution c : stored.facts().contributions()) {
                    Components components = c.components();
                    int i = 0;
                    statement.setLong(++i, c.issueId());
                    statement.setString(++i, c.issueKey());
                    statement.setString(++i, c.provider().groupName());
                    setText(statement, ++i, c.client().map(TeamKey::groupName));
                    statement.setTimestamp(++i, new Timestamp(c.resolvedAt().toEpochMilli()));
                    for (Fraction fraction : List.of(
                            components.attainment(),
                            components.ownership(),
                            components.reopens(),
                            components.rating())) {
                        statement.setLong(++i, fraction.numerator());
                        statement.setLong(++i, fraction.denominator());
                    }
                    statement.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                statement.executeBatch();
            }
        }
    }

    private static String insert(AppTables t, String table, List<String> columns) {
        return "INSERT INTO " + t.table(table) + " ("
                + String.join(",", columns.stream().map(t::column).toList()) + ") VALUES ("
                + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
    }

    private static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    /** Work on one connection that commits together or not at all. */
    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a transaction of its own on the borrowed connection, and hands the connection back as it was
     * lent: the caller may be in no transaction, and Jira's pool expects its auto-commit setting back.
     */
    private void inTransaction(Work work) {
        database.executeQuery(borrowed -> {
            Connection connection = borrowed.getJdbcConnection();
            try {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    work.run(connection);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the accountability facts", e);
            }
        });
    }
}
