package io.serviceculture.acceptance.rest;

import io.serviceculture.acceptance.testing.EmbeddedPostgresHosts;
import io.serviceculture.acceptance.testing.ReportsFixture;
import io.serviceculture.standalone.testing.RunningHost;
import org.junit.BeforeClass;
import org.junit.ClassRule;

/** HR reports over HTTP with the host on a real PostgreSQL server. */
public class ReportsRestOnPostgresTest extends ReportsRestContract {
    @ClassRule
    public static final RunningHost HOST = EmbeddedPostgresHosts.withTestData();

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
