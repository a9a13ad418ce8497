package io.serviceculture.plugin.kudos.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class KudosPersistenceH2Test extends KudosPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
