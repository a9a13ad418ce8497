package io.serviceculture.acceptance.browser;

import io.serviceculture.acceptance.testing.EmbeddedPostgresHosts;
import io.serviceculture.standalone.testing.RunningHost;
import org.junit.ClassRule;

/** Recognition in headless Chromium with the host on Postgres. */
public class RecognitionBrowserOnPostgresTest extends RecognitionBrowserContract {
    @ClassRule
    public static final RunningHost HOST = EmbeddedPostgresHosts.withTestData();

    @Override
    protected RunningHost host() {
        return HOST;
    }
}
