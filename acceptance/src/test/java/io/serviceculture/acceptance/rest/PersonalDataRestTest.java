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

/** Each person downloads what the app holds about them, and only that. */
public class PersonalDataRestTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static long thanks;
    private static long hidden;

    @BeforeClass
    public static void aliceGivesCarolTwoKudosOneHiddenTheOtherReactedTo() {
        thanks = give("Thanks for closing the books a day early", "pd-1");
        hidden = give("A joke that went too far", "pd-2");
        send("admin", "POST", REST + "/kudos/" + hidden + "/hide", "{\"reason\":\"Not about work\"}", 200);
        send("carol", "PUT", REST + "/kudos/" + thanks + "/reaction", "{}", 200);
    }

    @Test
    public void theGiverGetsBothKudosTheHiddenOneWithItsReasonAndTheAuditEntry() {
        // when
        HttpResponse<String> response = HOST.get(REST + "/me/data", "alice", "alice");

        // then
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"service-culture-my-data-");
        JsonNode data = Json.parse(response.body());
        assertThat(data.path("person").path("userName").asText()).isEqualTo("alice");
        assertThat(data.path("kudosGiven"))
                .extracting(k -> k.path("id").asLong(), k -> k.path("message").asText(), k -> k.path("reactions")
                        .asInt())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(thanks, "Thanks for closing the books a day early", 1),
                        org.assertj.core.groups.Tuple.tuple(hidden, "A joke that went too far", 0));
        assertThat(data.path("kudosGiven").get(1).path("hiddenReason").asText()).isEqualTo("Not about work");
        assertThat(data.path("kudosGiven").get(0).path("receivers").get(0).asText())
                .startsWith("user:");
        assertThat(data.path("auditEntries"))
                .extracting(e -> e.path("action").asText() + " "
                        + e.path("subject").asText() + " " + e.path("detail").asText())
                .containsExactly("kudos-hidden kudos:" + hidden + " Not about work");
        assertThat(data.path("kudosReceived")).isEmpty();
        assertThat(data.path("teamMemberships")).isEmpty();
    }

    @Test
    public void theReceiverGetsTheVisibleKudosAndTheirOwnReaction() {
        // when
        JsonNode data = Json.parse(HOST.get(REST + "/me/data", "carol", "carol").body());

        // then
        assertThat(data.path("kudosReceived"))
                .extracting(k -> k.path("id").asLong())
                .containsExactly(thanks);
        assertThat(data.path("reactions"))
                .extracting(r -> r.path("kudosId").asLong())
                .containsExactly(thanks);
        assertThat(data.path("kudosGiven")).isEmpty();
        assertThat(data.path("preferences").path("mailTopicsOff")).isEmpty();
    }

    @Test
    public void nobodyDownloadsSomeoneElsesDataNotEvenAnAdmin() {
        HttpResponse<String> aliceAsksForCarol = HOST.get(REST + "/me/data?user=carol", "alice", "alice");
        HttpResponse<String> adminAsksForAlice = HOST.get(REST + "/me/data?user=alice", "admin", "admin");
        HttpResponse<String> aliceAsksForHerself = HOST.get(REST + "/me/data?user=alice", "alice", "alice");

        assertThat(aliceAsksForCarol.statusCode()).isEqualTo(403);
        assertThat(Json.parse(aliceAsksForCarol.body())
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asText())
                // in German: Alice reads Jira in German
                .isEqualTo("Sie k\u00f6nnen nur Ihre eigenen Daten herunterladen.");
        assertThat(adminAsksForAlice.statusCode()).isEqualTo(403);
        assertThat(aliceAsksForHerself.statusCode()).isEqualTo(200);
    }

    private static long give(String message, String requestId) {
        String body = Json.write(
                Map.of("receivers", List.of("carol"), "value", "own-it", "message", message, "requestId", requestId));
        return Json.parse(send("alice", "POST", REST + "/kudos", body, 201))
                .path("id")
                .asLong();
    }

    private static String send(String user, String method, String path, String body, int expected) {
        HttpResponse<String> response = HOST.send(HOST.request(path, user, user)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(expected);
        return response.body();
    }
}
