package io.serviceculture.plugin.kudos.persistence;

import io.serviceculture.plugin.testing.TestDatabase;

public class DataUpgradeH2Test extends DataUpgradeContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
