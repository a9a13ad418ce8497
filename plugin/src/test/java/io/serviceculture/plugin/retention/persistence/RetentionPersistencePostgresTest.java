package io.serviceculture.plugin.retention.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class RetentionPersistencePostgresTest extends RetentionPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
