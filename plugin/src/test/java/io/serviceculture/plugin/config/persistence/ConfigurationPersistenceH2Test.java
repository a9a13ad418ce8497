package io.serviceculture.plugin.config.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class ConfigurationPersistenceH2Test extends ConfigurationPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
