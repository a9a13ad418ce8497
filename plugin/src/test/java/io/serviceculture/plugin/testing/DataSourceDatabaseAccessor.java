package io.serviceculture.plugin.testing;

import com.atlassian.jira.database.ConnectionFunction;
import com.atlassian.jira.database.DatabaseAccessor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Jira's database accessor over a test database: a connection per call, closed afterwards, as Jira's pool does. */
public final class DataSourceDatabaseAccessor implements DatabaseAccessor {
    private final DataSource dataSource;

    public DataSourceDatabaseAccessor(DataSource dataSource) {
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
            throw new IllegalStateException(e);
        }
    }
}
