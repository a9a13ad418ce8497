package io.serviceculture.standalone.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.standalone.testing.RunningHost;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * The admin's background work runs as jobs of the host's scheduler: stopping the host right after asking for it
 * leaves no thread of the app or its scheduler behind, and the job never outlives the database (the old daemon
 * thread logged "Connection pool has been disposed" here).
 */
public class RebuildStopsWithHostTest {
    private static final String REST = "/rest/service-culture/1.0";

    @Test
    public void stoppingTheHostRightAfterARebuildLeavesNoThreadAndLogsNoError() throws Throwable {
        // given
        RunningHost host = RunningHost.withTestData();
        PrintStream err = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Statement askThenStop = new Statement() {
            @Override
            public void evaluate() {
                for (String path : List.of(REST + "/accountability/rebuild", REST + "/standards/recompute")) {
                    assertThat(host.send(host.request(path, "admin", "admin")
                                            .header("X-Atlassian-Token", "no-check")
                                            .POST(HttpRequest.BodyPublishers.noBody())
                                            .build())
                                    .statusCode())
                            .isIn(200, 202);
                }
                // slf4j-simple writes to the System.err of the moment; the host stops when this returns
                System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            }
        };

        // when
        try {
            host.apply(askThenStop, Description.EMPTY).evaluate();
        } finally {
            System.setErr(err);
        }

        // then
        assertThat(Thread.getAllStackTraces().keySet().stream()
                        .filter(Thread::isAlive)
                        .map(Thread::getName)
                        .filter(name -> name.startsWith("service-culture-") || name.equals("host-scheduler")))
                .isEmpty();
        assertThat(logged.toString(StandardCharsets.UTF_8))
                .doesNotContain("ERROR")
                .doesNotContain("disposed");
    }
}
