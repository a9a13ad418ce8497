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
 * Jira's issue event reaches the app: a comment through the host publishes it, the app's listener (registered
 * in {@code onStart}) records the issue's completed cycles, and attainment counts them.
 */
public class StandardsRecordingOnHostTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATTAINMENT = "/rest/service-culture/1.0/standards/attainment?standard=help";

    @Test
    public void recordsTheCompletedCyclesOfAnIssueWhenSomeoneCommentsOnIt() throws IOException {
        // given: HELP-1 met a four-hour first response (65 minutes) in hours of 00:00-23:59 daily; nothing recorded yet
        String calendar = "{\"id\":\"always\",\"name\":\"Always\",\"zone\":\"UTC\",\"hours\":{"
                + "\"MONDAY\":[\"00:00-23:59\"],\"TUESDAY\":[\"00:00-23:59\"],\"WEDNESDAY\":[\"00:00-23:59\"],"
                + "\"THURSDAY\":[\"00:00-23:59\"],\"FRIDAY\":[\"00:00-23:59\"],\"SATURDAY\":[\"00:00-23:59\"],"
                + "\"SUNDAY\":[\"00:00-23:59\"]},\"holidays\":[]}";
        String standard = "{\"id\":\"help\",\"versions\":[{\"effectiveFrom\":\"2026-01-01T00:00:00Z\","
                + "\"name\":\"IT Help\",\"rule\":{\"projects\":[\"HELP\"]},\"metrics\":["
                + "{\"key\":\"response\",\"name\":\"First response\",\"start\":[\"ISSUE_CREATED\"],"
                + "\"pauses\":[],\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],\"goal\":\"PT4H\","
                + "\"warningPercent\":75,\"calendar\":\"always\"}]}]}";
        assertThat(postAs("admin", "/rest/service-culture/1.0/calendars", calendar)
                        .statusCode())
                .isEqualTo(200);
        assertThat(postAs("admin", "/rest/service-culture/1.0/standards", standard)
                        .statusCode())
                .isEqualTo(200);
        long before = completed();

        // when
        HttpResponse<String> comment =
                postAs("alice", "/rest/api/2/issue/HELP-1/comment", "{\"body\":\"Anything else?\"}");

        // then: the one completed first-response cycle is recorded, and met
        assertThat(comment.statusCode()).isEqualTo(201);
        assertThat(before).isZero();
        JsonNode rows = JSON.readTree(HOST.get(ATTAINMENT, "admin", "admin").body());
        assertThat(rows.findValues("completed")).extracting(JsonNode::asLong).containsExactly(1L);
        assertThat(rows.findValues("met")).extracting(JsonNode::asLong).containsExactly(1L);
    }

    private static long completed() throws IOException {
        HttpResponse<String> response = HOST.get(ATTAINMENT, "admin", "admin");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).findValues("completed").stream()
                .mapToLong(JsonNode::asLong)
                .sum();
    }

    private static HttpResponse<String> postAs(String user, String path, String json) {
        return HOST.send(HOST.request(path, user, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
