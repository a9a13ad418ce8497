package io.serviceculture.plugin.kudos.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class RecognitionPersistencePostgresTest extends RecognitionPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
