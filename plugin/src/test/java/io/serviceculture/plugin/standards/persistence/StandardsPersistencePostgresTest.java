package io.serviceculture.plugin.standards.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class StandardsPersistencePostgresTest extends StandardsPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
