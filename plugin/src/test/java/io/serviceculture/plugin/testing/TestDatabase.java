package io.serviceculture.plugin.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.aobridge.AoEntityManagers;
import io.serviceculture.aobridge.EntityManagerActiveObjects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A real database holding the app's AO tables, named as in Jira, reached through the same ActiveObjects bridge as
 * the standalone host. Every call of {@code fresh} gives empty tables.
 */
public enum TestDatabase {
    H2 {
        @Override
        DataSource newDataSource() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:test" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }
    },
    POSTGRESQL {
        @Override
        DataSource newDataSource() {
            DataSource server = EmbeddedServer.POSTGRES.getPostgresDatabase();
            dropAppTables(server);
            return server;
        }
    };

    /** The AO namespace of the app, design.md §0. */
    public static final String NAMESPACE = "io.serviceculture.jira";

    private static final AtomicLong COUNTER = new AtomicLong();

    abstract DataSource newDataSource();

    /** An empty database with the given entities migrated. */
    @SafeVarargs
    @SuppressWarnings("varargs") // only passed on to migrate, which reads the classes
    public final Fresh fresh(Class<? extends net.java.ao.RawEntity<?>>... entities) {
        DataSource dataSource = newDataSource();
        ActiveObjects ao = new EntityManagerActiveObjects(AoEntityManagers.forDataSource(dataSource, NAMESPACE));
        ao.migrate(entities);
        return new Fresh(dataSource, ao);
    }

    /** A migrated database and the ActiveObjects service over it. */
    public record Fresh(DataSource dataSource, ActiveObjects ao) {
        public List<String> tableNames() {
            List<String> names = new ArrayList<>();
            try (Connection connection = dataSource.getConnection();
                    ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME"));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return names;
        }

        /** The columns of a table that lead an index, upper case, as the database reports them. */
        public List<String> indexedColumns(String table) {
            List<String> columns = new ArrayList<>();
            try (Connection connection = dataSource.getConnection()) {
                // PostgreSQL keeps AO's quoted upper-case names as given; H2 too
                try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (indexes.next()) {
                        String column = indexes.getString("COLUMN_NAME");
                        if (column != null && indexes.getShort("ORDINAL_POSITION") == 1) {
                            columns.add(column.toUpperCase(java.util.Locale.ROOT));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return columns;
        }
    }

    private static void dropAppTables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, "public", "AO_%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clean the test database", e);
        }
    }

    /** One PostgreSQL server per test JVM, started on first use: starting one takes seconds. */
    private static final class EmbeddedServer {
        static final EmbeddedPostgres POSTGRES = start();

        private EmbeddedServer() {}

        private static EmbeddedPostgres start() {
            EmbeddedPostgres postgres;
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is exiting; nothing is left to clean up but the server's temporary directory
                }
            }));
            return postgres;
        }
    }
}
