package io.serviceculture.plugin.privacy.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class PersonalDataPersistencePostgresTest extends PersonalDataPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
