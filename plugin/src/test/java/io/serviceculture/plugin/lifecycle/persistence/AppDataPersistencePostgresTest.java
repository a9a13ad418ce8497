package io.serviceculture.plugin.lifecycle.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class AppDataPersistencePostgresTest extends AppDataPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
