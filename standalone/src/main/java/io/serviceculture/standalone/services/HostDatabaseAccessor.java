package io.serviceculture.standalone.services;

import com.atlassian.jira.database.ConnectionFunction;
import com.atlassian.jira.database.DatabaseAccessor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Jira's database accessor over the host database: the callback borrows a connection from the pool, which is
 * taken back afterwards, as in Jira. The host keeps every table in the default schema.
 */
public final class HostDatabaseAccessor implements DatabaseAccessor {
    private final DataSource dataSource;

    public HostDatabaseAccessor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> getSchemaName() {
        return Optional.empty();
    }

    @Override
    public <R> R executeQuery(ConnectionFunction<R> callback) {
        try (Connection connection = dataSource.getConnection()) {
            return callback.run(() -> connection);
        } catch (SQLException e) {
            throw new IllegalStateException("the host database lent no connection", e);
        }
    }
}
