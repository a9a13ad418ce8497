package io.serviceculture.plugin.standards.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class StandardsPersistenceH2Test extends StandardsPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
