package io.serviceculture.plugin.accountability.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class AccountabilityPersistenceH2Test extends AccountabilityPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
