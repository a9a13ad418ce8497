package io.serviceculture.plugin.commitments.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class CommitmentPersistenceH2Test extends CommitmentPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
