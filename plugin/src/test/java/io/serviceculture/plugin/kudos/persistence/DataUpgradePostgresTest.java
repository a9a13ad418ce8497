package io.serviceculture.plugin.kudos.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class DataUpgradePostgresTest extends DataUpgradeContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
