package io.serviceculture.plugin.kudos.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class KudosPersistencePostgresTest extends KudosPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
