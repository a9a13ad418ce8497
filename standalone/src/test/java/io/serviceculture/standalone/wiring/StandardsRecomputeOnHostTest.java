package io.serviceculture.standalone.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The admin recompute walks every issue of every project in the background and reports its progress; a second
 * run adds nothing and leaves the recorded results as they were.
 */
public class StandardsRecomputeOnHostTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECOMPUTE = "/rest/service-culture/1.0/standards/recompute";
    private static final String ATTAINMENT = "/rest/service-culture/1.0/standards/attainment?by=project";

    @Test
    public void recomputesEveryIssueOnceAndAgainWithTheSameResults() throws Exception {
        // given a standard on every project: first response within 4 hours, resolution within 8, round the clock
        String calendar = "{\"id\":\"always\",\"name\":\"Always\",\"zone\":\"UTC\",\"hours\":{"
                + "\"MONDAY\":[\"00:00-24:00\"],\"TUESDAY\":[\"00:00-24:00\"],\"WEDNESDAY\":[\"00:00-24:00\"],"
                + "\"THURSDAY\":[\"00:00-24:00\"],\"FRIDAY\":[\"00:00-24:00\"],\"SATURDAY\":[\"00:00-24:00\"],"
                + "\"SUNDAY\":[\"00:00-24:00\"]},\"holidays\":[]}";
        String standard = "{\"id\":\"all\",\"versions\":[{\"effectiveFrom\":\"2026-01-01T00:00:00Z\","
                + "\"name\":\"Everything\",\"rule\":{},\"metrics\":["
                + "{\"key\":\"response\",\"name\":\"First response\",\"start\":[\"ISSUE_CREATED\"],"
                + "\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],\"goal\":\"PT4H\",\"calendar\":\"always\"},"
                + "{\"key\":\"resolution\",\"name\":\"Resolution\",\"start\":[\"ISSUE_CREATED\"],"
                + "\"stop\":[\"RESOLUTION_SET\"],\"goal\":\"PT8H\",\"calendar\":\"always\"}]}]}";
        assertThat(post("/rest/service-culture/1.0/calendars", calendar).statusCode())
                .isEqualTo(200);
        assertThat(post("/rest/service-culture/1.0/standards", standard).statusCode())
                .isEqualTo(200);

        // when
        JsonNode first = recomputeAndWait();
        String attainmentAfterFirst = HOST.get(ATTAINMENT, "admin", "admin").body();
        JsonNode second = recomputeAndWait();

        // then both runs went through HELP-1 and FIN-1; HELP-1 completed a met response (65 min) and a breached
        // resolution (24 h of 8), FIN-1 nothing; the second run added nothing
        assertThat(first.get("state").asText()).isEqualTo("DONE");
        assertThat(first.get("total").asInt()).isEqualTo(2);
        assertThat(first.get("done").asInt()).isEqualTo(2);
        assertThat(first.get("added").asInt()).isEqualTo(2);
        assertThat(second.get("added").asInt()).isZero();
        assertThat(HOST.get(ATTAINMENT, "admin", "admin").body())
                .isEqualTo(attainmentAfterFirst)
                .isEqualTo("[{\"key\":\"HELP\",\"met\":1,\"completed\":2,\"ratio\":0.5}]");
    }

    private static JsonNode recomputeAndWait() throws IOException, InterruptedException {
        HttpResponse<String> started = post(RECOMPUTE, null);
        assertThat(started.statusCode()).isEqualTo(200);
        for (int i = 0; i < 100; i++) {
            JsonNode progress =
                    JSON.readTree(HOST.get(RECOMPUTE, "admin", "admin").body());
            if (!"RUNNING".equals(progress.get("state").asText())) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the recompute did not finish in 10 seconds");
    }

    private static HttpResponse<String> post(String path, String json) {
        HttpRequest.Builder request = HOST.request(path, "admin", "admin");
        if (json == null) {
            // a script's POST without a body passes Jira's XSRF check only with this header
            request.header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return HOST.send(request.build());
    }
}
