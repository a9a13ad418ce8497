package io.serviceculture.acceptance.rest;

import io.serviceculture.standalone.testing.RunningHost;
import org.junit.ClassRule;

/** Recognition over HTTP with the host on its default database, H2. */
public class RecognitionRestOnH2Test extends RecognitionRestContract {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    @Override
    protected RunningHost host() {
        return HOST;
    }
}
