package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Someone who may not browse an issue never learns its key or summary from the app. In the test data FIN-1
 * ("Invoice stuck") is browsable by team-finance only: Carol is in it, Alice is not.
 */
public class IssueVisibilityTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static long kudosOnFin1;

    @BeforeClass
    public static void carolThanksAliceForHelpOnAFinanceIssue() {
        HttpResponse<String> given = HOST.send(HOST.request(REST + "/kudos", "carol", "carol")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of(
                        "receivers", List.of("alice"),
                        "value", "own-it",
                        "message", "Thanks for unblocking the payment run",
                        "issue", "FIN-1"))))
                .build());
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        JsonNode kudos = Json.parse(given.body());
        assertThat(kudos.path("issue").path("key").asText()).isEqualTo("FIN-1");
        kudosOnFin1 = kudos.path("id").asLong();
    }

    @Test
    public void theGiverWhoMayBrowseTheIssueSeesItLinked() {
        HttpResponse<String> read = HOST.get(REST + "/kudos/" + kudosOnFin1, "carol", "carol");

        assertThat(Json.parse(read.body()).path("issue").path("summary").asText())
                .isEqualTo("Invoice stuck");
    }

    @Test
    public void theReceiverWhoMayNotBrowseItSeesTheKudosButNotTheIssue() {
        HttpResponse<String> one = HOST.get(REST + "/kudos/" + kudosOnFin1, "alice", "alice");
        HttpResponse<String> feed = HOST.get(REST + "/kudos?limit=100", "alice", "alice");
        HttpResponse<String> received = HOST.get(REST + "/kudos?receiver=user:JIRAUSER10100", "alice", "alice");

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(Json.parse(one.body()).path("issue").isNull()).isTrue();
        for (HttpResponse<String> response : List.of(one, feed, received)) {
            assertThat(response.body())
                    .contains("Thanks for unblocking the payment run")
                    .doesNotContain("FIN-1")
                    .doesNotContain("Invoice stuck")
                    .doesNotContain("30002");
        }
    }

    @Test
    public void noPageOrPanelNamesTheIssueToThem() {
        RunningHost.Session alice = HOST.login("alice", "alice");

        for (String page : List.of(
                "/secure/ViewProfile.jspa?name=alice",
                "/plugins/servlet/service-culture/recognition",
                "/browse/FIN-1")) {
            HttpResponse<String> response = alice.get(page);
            assertThat(response.body()).as(page).doesNotContain("Invoice stuck");
        }
        assertThat(alice.get("/browse/FIN-1").statusCode()).isEqualTo(404);
    }

    @Test
    public void linkingKudosToAnIssueTheGiverMayNotBrowseIsAsIfItDidNotExist() {
        HttpResponse<String> response = HOST.send(HOST.request(REST + "/kudos", "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of(
                        "receivers", List.of("carol"), "value", "own-it", "message", "Thanks", "issue", "FIN-1"))))
                .build());
        HttpResponse<String> unknown = HOST.send(HOST.request(REST + "/kudos", "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of(
                        "receivers", List.of("carol"), "value", "own-it", "message", "Thanks", "issue", "FIN-999"))))
                .build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(unknown.body());
        assertThat(HOST.get(REST + "/issue/FIN-1/clocks", "alice", "alice").statusCode())
                .isEqualTo(404);
    }
}
