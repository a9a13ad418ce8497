package io.serviceculture.plugin.reports.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class KudosExportPersistenceH2Test extends KudosExportPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
