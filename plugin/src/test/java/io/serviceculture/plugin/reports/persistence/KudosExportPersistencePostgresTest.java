package io.serviceculture.plugin.reports.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class KudosExportPersistencePostgresTest extends KudosExportPersistenceContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
