package io.serviceculture.plugin.lifecycle.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class AppDataPersistenceH2Test extends AppDataPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
