package io.serviceculture.plugin.insights.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class RecognitionAggregatesH2Test extends RecognitionAggregatesContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
