package io.serviceculture.standalone.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The app's service standards on the host: its imports of change history, comments, constants and events are
 * bound, its lifecycle beans started, its clocks served over REST and on the issue page, and the host's comment
 * endpoint publishes the issue event its listener records cycles from.
 */
public class StandardsOnHostTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Remembers the keys of the issues events were published for. */
    public static final class IssueKeys {
        final List<String> keys = new CopyOnWriteArrayList<>();

        @EventListener
        public void onIssueEvent(IssueEvent event) {
            keys.add(String.valueOf(
                    event.getIssue() == null ? null : event.getIssue().getKey()));
        }
    }

    @Test
    public void servesTheClocksOfAnIssueToWhoMayBrowseIt() throws IOException {
        // when: FIN is open to team-finance, of which carol is a member
        HttpResponse<String> response = HOST.get("/rest/service-culture/1.0/issue/FIN-1/clocks", "carol", "carol");

        // then: no standard is configured in the test data, so there are no clocks yet
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("issueKey").asText()).isEqualTo("FIN-1");
        assertThat(body.get("zone").asText()).isEqualTo("UTC");
        assertThat(body.get("clocks").isArray()).isTrue();
    }

    @Test
    public void computesClocksFromTheImportedChangelogAndComments() throws IOException {
        // given: office hours Monday to Friday 09:00-17:00 UTC, and HELP's first response and resolution goals
        String calendar = "{\"id\":\"office\",\"name\":\"Office\",\"zone\":\"UTC\",\"hours\":{"
                + "\"MONDAY\":[\"09:00-17:00\"],\"TUESDAY\":[\"09:00-17:00\"],\"WEDNESDAY\":[\"09:00-17:00\"],"
                + "\"THURSDAY\":[\"09:00-17:00\"],\"FRIDAY\":[\"09:00-17:00\"]},\"holidays\":[]}";
        String standard = "{\"id\":\"help\",\"versions\":[{\"effectiveFrom\":\"2026-01-01T00:00:00Z\","
                + "\"name\":\"IT Help\",\"rule\":{\"projects\":[\"HELP\"]},\"metrics\":["
                + "{\"key\":\"response\",\"name\":\"First response\",\"start\":[\"ISSUE_CREATED\"],"
                + "\"pauses\":[],\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],\"goal\":\"PT4H\","
                + "\"warningPercent\":75,\"calendar\":\"office\"},"
                + "{\"key\":\"resolution\",\"name\":\"Resolution\",\"start\":[\"ISSUE_CREATED\"],"
                + "\"pauses\":[],\"stop\":[\"RESOLUTION_SET\"],\"goal\":\"PT16H\","
                + "\"warningPercent\":75,\"calendar\":\"office\"}]}]}";
        assertThat(post("/rest/service-culture/1.0/calendars", calendar).statusCode())
                .isEqualTo(200);
        assertThat(post("/rest/service-culture/1.0/standards", standard).statusCode())
                .isEqualTo(200);

        // when
        HttpResponse<String> response = HOST.get("/rest/service-culture/1.0/issue/HELP-1/clocks", "carol", "carol");

        // then: HELP-1 was created Monday 2026-11-02 09:00 UTC by carol; alice commented at 10:05 (65 minutes)
        // and resolved it Tuesday 09:00, after Monday's 8 office hours (28,800 s): both goals met
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode clocks = JSON.readTree(response.body()).get("clocks");
        assertThat(clocks).hasSize(2);
        assertThat(clocks.findValuesAsText("metric")).containsExactlyInAnyOrder("response", "resolution");
        assertThat(clocks.findValuesAsText("state")).containsOnly("met");
        assertThat(clocks.findValues("elapsedSeconds"))
                .extracting(JsonNode::asLong)
                .containsExactlyInAnyOrder(3900L, 28800L);
    }

    private static HttpResponse<String> post(String path, String json) {
        return HOST.send(HOST.request(path, "admin", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    @Test
    public void hidesTheClocksOfAnIssueFromWhoMayNotBrowseIt() {
        // when: alice is licensed but not in team-finance
        HttpResponse<String> response = HOST.get("/rest/service-culture/1.0/issue/FIN-1/clocks", "alice", "alice");

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    public void showsTheClocksPanelOnTheIssuePage() {
        // given
        RunningHost.Session carol = HOST.login("carol", "carol");

        // when
        HttpResponse<String> page = carol.get("/browse/FIN-1");

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("class=\"sc-sla-panel\"", "data-issue-key=\"FIN-1\"", "standards.css")
                .doesNotContain("Error rendering");
    }

    @Test
    public void startsTheAppsLifecycleBeansSoItsListenerIsRegistered() {
        // then: IssueCycleListener is exported as LifecycleAware and registers itself in onStart
        assertThat(HOST.host().events().listeners())
                .extracting(l -> l.getClass().getSimpleName())
                .contains("IssueCycleListener");
    }

    @Test
    public void publishesAnIssueEventWhenSomeoneComments() throws IOException {
        // given
        IssueKeys heard = new IssueKeys();
        HOST.host().events().register(heard);

        // when
        HttpResponse<String> response;
        try {
            response = HOST.send(HOST.request("/rest/api/2/issue/HELP-1/comment", "alice", "alice")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Still on it\"}"))
                    .build());
        } finally {
            HOST.host().events().unregister(heard);
        }

        // then: the comment joins the issue's history the plugin reads, after alice's "On it"
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("author").asText()).isEqualTo("alice");
        assertThat(heard.keys).containsExactly("HELP-1");
        assertThat(HOST.host()
                        .jira()
                        .issueByKey("HELP-1")
                        .orElseThrow()
                        .timeline()
                        .events())
                .filteredOn(e -> e instanceof io.serviceculture.core.issues.IssueEvent.Commented)
                .hasSize(2);
    }

    @Test
    public void refusesACommentThatIsNotJson() {
        // when
        HttpResponse<String> response = HOST.send(HOST.request("/rest/api/2/issue/HELP-1/comment", "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":"))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("service-culture.host.error.bad.json");
    }

    @Test
    public void refusesCommentsOnIssuesTheUserMayNotBrowse() {
        // when
        HttpResponse<String> response = HOST.send(HOST.request("/rest/api/2/issue/FIN-1/comment", "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Let me in\"}"))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
