package io.serviceculture.plugin.config.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class ConfigurationPersistencePostgresTest extends ConfigurationPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
