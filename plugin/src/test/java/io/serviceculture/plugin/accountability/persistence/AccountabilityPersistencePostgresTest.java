package io.serviceculture.plugin.accountability.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class AccountabilityPersistencePostgresTest extends AccountabilityPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
