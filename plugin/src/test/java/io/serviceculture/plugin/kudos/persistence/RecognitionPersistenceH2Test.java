package io.serviceculture.plugin.kudos.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class RecognitionPersistenceH2Test extends RecognitionPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
