package io.serviceculture.acceptance.browser;

import io.serviceculture.standalone.testing.RunningHost;
import org.junit.ClassRule;

/** Recognition in headless Chromium with the host on H2. */
public class RecognitionBrowserOnH2Test extends RecognitionBrowserContract {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    @Override
    protected RunningHost host() {
        return HOST;
    }
}
