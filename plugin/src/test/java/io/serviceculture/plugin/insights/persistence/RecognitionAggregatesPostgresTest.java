package io.serviceculture.plugin.insights.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class RecognitionAggregatesPostgresTest extends RecognitionAggregatesContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
