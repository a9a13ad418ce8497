package io.serviceculture.plugin.privacy.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class PersonalDataPersistenceH2Test extends PersonalDataPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
