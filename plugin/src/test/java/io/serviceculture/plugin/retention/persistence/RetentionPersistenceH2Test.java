package io.serviceculture.plugin.retention.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class RetentionPersistenceH2Test extends RetentionPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
