package io.serviceculture.plugin.commitments.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class CommitmentPersistencePostgresTest extends CommitmentPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
