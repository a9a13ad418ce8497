package io.serviceculture.aobridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.Before;
import org.junit.Test;

public class EntityManagerActiveObjectsTest {
    private JdbcDataSource dataSource;
    private EntityManagerActiveObjects ao;

    @Before
    public void createDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ao = new EntityManagerActiveObjects(AoEntityManagers.forDataSource(dataSource, "io.serviceculture.jira"));
        ao.migrate(NoteAO.class);
    }

    @Test
    public void runsTransactionsReadCommittedAsJiraDoes() {
        // net.java.ao would use SERIALIZABLE, which makes PostgreSQL refuse concurrent givers' inserts
        int isolation = ao.executeInTransaction(() -> {
            try (Connection connection = AoEntityManagers.forDataSource(dataSource, "io.serviceculture.jira")
                    .getProvider()
                    .startTransaction()) {
                return connection.getTransactionIsolation();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(isolation).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }

    @Test
    public void namesTablesAsJiraDoes() throws SQLException {
        assertThat(tableNames()).contains("AO_439D1B_NOTE");
    }

    @Test
    public void createsFindsCountsAndDeletes() {
        NoteAO first = ao.create(NoteAO.class, new DBParam(NoteAO.COLUMN_TEXT, "first"));
        ao.create(NoteAO.class, Map.of(NoteAO.COLUMN_TEXT, "second"));

        assertThat(ao.get(NoteAO.class, first.getID()).getText()).isEqualTo("first");
        assertThat(ao.find(NoteAO.class, NoteAO.COLUMN_TEXT + " = ?", "second")).hasSize(1);
        assertThat(ao.count(NoteAO.class)).isEqualTo(2);

        ao.delete(first);
        assertThat(ao.deleteWithSQL(NoteAO.class, NoteAO.COLUMN_TEXT + " = ?", "second"))
                .isEqualTo(1);
        assertThat(ao.count(NoteAO.class)).isZero();
    }

    @Test
    public void streamsRowsOfAQuery() {
        ao.create(NoteAO.class, new DBParam(NoteAO.COLUMN_TEXT, "a"));
        ao.create(NoteAO.class, new DBParam(NoteAO.COLUMN_TEXT, "b"));
        List<String> texts = new ArrayList<>();

        ao.stream(
                NoteAO.class,
                Query.select("ID, " + NoteAO.COLUMN_TEXT).order(NoteAO.COLUMN_TEXT + " DESC"),
                note -> texts.add(note.getText()));

        assertThat(texts).containsExactly("b", "a");
    }

    @Test
    public void commitsATransactionWhenTheCallbackReturns() {
        int id = ao.executeInTransaction(() ->
                ao.create(NoteAO.class, new DBParam(NoteAO.COLUMN_TEXT, "kept")).getID());

        assertThat(ao.get(NoteAO.class, id).getText()).isEqualTo("kept");
    }

    @Test
    public void rollsBackEverythingWhenTheCallbackThrows() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                    ao.create(NoteAO.class, new DBParam(NoteAO.COLUMN_TEXT, "lost"));
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(ao.count(NoteAO.class)).isZero();
    }

    @Test
    public void joinsTheOpenTransactionWhenCalledInsideOne() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                    ao.executeInTransaction(() -> ao.create(NoteAO.class, new DBParam(NoteAO.COLUMN_TEXT, "inner")));
                    throw new IllegalStateException("outer fails after the inner call returned");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(ao.count(NoteAO.class)).isZero();
    }

    @Test
    public void reportsAUniqueViolationAsAnUncheckedErrorWithTheSqlStateAndRollsBack() {
        ao.create(NoteAO.class, new DBParam(NoteAO.COLUMN_TEXT, "same"));

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                    ao.create(NoteAO.class, new DBParam(NoteAO.COLUMN_TEXT, "other"));
                    return ao.create(NoteAO.class, new DBParam(NoteAO.COLUMN_TEXT, "same"));
                }))
                .isInstanceOf(AoSqlException.class)
                .cause()
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
        assertThat(ao.count(NoteAO.class)).isEqualTo(1);
    }

    private List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
