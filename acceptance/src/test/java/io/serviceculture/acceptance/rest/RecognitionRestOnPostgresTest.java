package io.serviceculture.acceptance.rest;

import io.serviceculture.acceptance.testing.EmbeddedPostgresHosts;
import io.serviceculture.standalone.testing.RunningHost;
import org.junit.ClassRule;

/** Recognition over HTTP with the host on a real PostgreSQL server. */
public class RecognitionRestOnPostgresTest extends RecognitionRestContract {
    @ClassRule
    public static final RunningHost HOST = EmbeddedPostgresHosts.withTestData();

    @Override
    protected RunningHost host() {
        return HOST;
    }
}
