package io.serviceculture.plugin.people.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class PeoplePersistencePostgresTest extends PeoplePersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
