package io.serviceculture.plugin.people.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class PeoplePersistenceH2Test extends PeoplePersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
