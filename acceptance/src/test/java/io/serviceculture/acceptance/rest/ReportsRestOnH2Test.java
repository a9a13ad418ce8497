package io.serviceculture.acceptance.rest;

import io.serviceculture.acceptance.testing.ReportsFixture;
import io.serviceculture.standalone.testing.RunningHost;
import org.junit.BeforeClass;
import org.junit.ClassRule;

/** HR reports over HTTP with the host on H2. */
public class ReportsRestOnH2Test extends ReportsRestContract {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static ReportsFixture fixture;

    @BeforeClass
    public static void giveKudos() {
        fixture = ReportsFixture.install(HOST);
    }

    @Override
    protected RunningHost host() {
        return HOST;
    }

    @Override
    protected ReportsFixture fixture() {
        return fixture;
    }
}
