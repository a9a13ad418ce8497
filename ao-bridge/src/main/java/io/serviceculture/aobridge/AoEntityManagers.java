package io.serviceculture.aobridge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/** Builds an {@link EntityManager} over a JDBC data source, configured as Jira's AO plugin configures one. */
public final class AoEntityManagers {
    /** The system property net.java.ao reads the isolation of its transactions from. */
    static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    private AoEntityManagers() {}

    /**
     * net.java.ao runs its transactions SERIALIZABLE unless told otherwise, and PostgreSQL then refuses
     * concurrent inserts with serialization failures. Jira runs AO inside its own READ COMMITTED transactions,
     * and the app's unique keys, not the isolation level, keep its rules under concurrency; so does this bridge.
     * An explicit setting of the property wins.
     */
    static void useJirasIsolationLevel() {
        if (System.getProperty(ISOLATION_PROPERTY) == null) {
            System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
    }

    /**
     * An entity manager for the tables of one AO namespace (the {@code <ao namespace>} of the app) on H2 or
     * PostgreSQL. It only manages tables carrying the namespace's prefix, so other tables in the database are safe.
     */
    public static EntityManager forDataSource(DataSource dataSource, String namespace) {
        useJirasIsolationLevel();
        AoTablePrefix prefix = AoTablePrefix.forNamespace(namespace);
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(prefix),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        return new EntityManager(provider(dataSource), new Configuration(names, prefix));
    }

    private static DatabaseProvider provider(DataSource dataSource) {
        // the host owns the pool; AO must not close it
        DisposableDataSource disposable =
                DelegatingDisposableDataSourceHandler.newInstance(SteadyIsolationDataSource.over(dataSource), () -> {});
        String product = productName(dataSource);
        if (product.contains("h2")) {
            return new H2DatabaseProvider(disposable);
        }
        if (product.contains("postgresql")) {
            return new PostgreSQLDatabaseProvider(disposable);
        }
        throw new IllegalArgumentException("unsupported database for Active Objects here: " + product);
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new AoSqlException("cannot reach the database", e);
        }
    }

    private record Configuration(NameConverters names, AoTablePrefix prefix) implements EntityManagerConfiguration {
        @Override
        @SuppressWarnings("deprecation") // still part of the interface, though AO 3 keeps no value cache
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return names;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return (tableName, caseSensitive) -> prefix.starts(tableName);
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }
}
