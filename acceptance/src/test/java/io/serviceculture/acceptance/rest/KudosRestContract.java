package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static io.serviceculture.acceptance.testing.ErrorShape.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Kudos over HTTP as scripts and the browser use it: Basic auth, JSON in and out, one error shape. Each
 * subclass runs it against the host on one database.
 */
public abstract class KudosRestContract {

    /** The running host, fresh for the subclass. */
    protected abstract RunningHost host();

    @Test
    public void givesKudosAndFindsItAmongTheReceiversKudos() {
        // when
        HttpResponse<String> given = post(
                "admin",
                Map.of(
                        "receivers", List.of("carol"),
                        "value", "own-it",
                        "message", "Thanks for closing the books a day early",
                        "requestId", "given-1"));

        // then
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        JsonNode kudos = Json.parse(given.body());
        assertThat(kudos.path("giver").path("displayName").asText()).isEqualTo("Ada Admin");
        assertThat(kudos.path("receivers").get(0).path("displayName").asText()).isEqualTo("Carol Clerk");
        assertThat(kudos.path("value").path("id").asText()).isEqualTo("own-it");

        HttpResponse<String> received = host().get(REST + "/kudos?receiver=user:carol", "alice", "alice");
        assertThat(received.statusCode()).isEqualTo(200);
        assertThat(Json.parse(received.body()).path("kudos"))
                .extracting(k -> k.path("message").asText())
                .contains("Thanks for closing the books a day early");
    }

    @Test
    public void returnsTheSameKudosWhenARequestIsRetried() {
        Map<String, Object> body = Map.of(
                "receivers", List.of("carol"), "value", "own-it", "message", "Once only", "requestId", "retry-1");

        long first = Json.parse(post("alice", body).body()).path("id").asLong();
        long again = Json.parse(post("alice", body).body()).path("id").asLong();

        assertThat(again).isEqualTo(first).isPositive();
    }

    @Test
    public void refusesKudosToSelfWithA400InTheOneErrorShape() {
        HttpResponse<String> response =
                post("carol", Map.of("receivers", List.of("carol"), "value", "own-it", "message", "Me!"));

        assertRefused(
                response, 400, "receivers", "service-culture.kudos.error.self", "You cannot give kudos to yourself.");
    }

    @Test
    public void refusesMalformedJsonWithA400() {
        HttpResponse<String> response = host().send(host().request(REST + "/kudos", "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"receivers\": [\"carol\""))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).path("errors").get(0).path("key").asText())
                .isEqualTo("service-culture.rest.error.malformed-json");
    }

    @Test
    public void refusesJsonOfTheWrongShapeNamingTheField() {
        HttpResponse<String> response = host().send(host().request(REST + "/kudos", "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"receivers\": {\"not\": \"a list\"}, \"value\": \"own-it\", \"message\": \"Hi\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body())
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("receivers");
    }

    @Test
    public void refusesAnUnknownReceiverAndAnUnknownValue() {
        assertThat(post("alice", Map.of("receivers", List.of("nobody"), "value", "own-it", "message", "Hi"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("alice", Map.of("receivers", List.of("carol"), "value", "no-such", "message", "Hi"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    public void refusesADeactivatedReceiver() {
        HttpResponse<String> response =
                post("alice", Map.of("receivers", List.of("dave"), "value", "own-it", "message", "Hi"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).path("errors").get(0).path("key").asText())
                .isEqualTo("service-culture.kudos.error.receiver.inactive");
    }

    @Test
    public void refusesKudosBeyondTheWeeklyAllowanceWithA409() {
        // given Carol gives no other kudos in this class, so her whole default allowance of 10 is free
        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> response =
                    post("carol", Map.of("receivers", List.of("alice"), "value", "own-it", "message", "Thanks #" + i));
            assertThat(response.statusCode())
                    .as("kudos %d: %s", i, response.body())
                    .isEqualTo(201);
        }

        // when she gives an eleventh
        HttpResponse<String> eleventh =
                post("carol", Map.of("receivers", List.of("alice"), "value", "own-it", "message", "One more"));

        // then
        assertThat(eleventh.statusCode()).isEqualTo(409);
        JsonNode error = Json.parse(eleventh.body()).path("errors").get(0);
        assertThat(error.path("key").asText()).isEqualTo("service-culture.kudos.error.allowance.exceeded");
        assertThat(error.path("message").asText()).contains("10");
    }

    @Test
    public void refusesABodyOver64KilobytesWith413() {
        String huge = "x".repeat(70 * 1024);
        HttpResponse<String> response = host().send(host().request(REST + "/kudos", "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"receivers\":[\"carol\"],\"value\":\"own-it\",\"message\":\"" + huge + "\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    public void refusesAFormPostAndStoresNothing() {
        // Jira's XSRF rule never lets a cross-site form reach a mutation: this resource accepts JSON only
        HttpResponse<String> response = host().send(host().request(REST + "/kudos", "alice", "alice")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("receivers=carol&value=own-it&message=Form+post"))
                .build());

        assertThat(response.statusCode()).isIn(403, 415);
        assertThat(messagesSeenBy("alice", "alice")).doesNotContain("Form post");
    }

    @Test
    public void listsTheActiveCompanyValues() {
        HttpResponse<String> response = host().get(REST + "/values", "alice", "alice");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.parse(response.body()))
                .extracting(v -> v.path("id").asText())
                .contains("own-it");
    }

    @Test
    public void keepsPrivateKudosFromPeopleOutsideIt() {
        post(
                "admin",
                Map.of(
                        "receivers", List.of("carol"),
                        "value", "own-it",
                        "message", "Private thanks for the audit",
                        "visibility", "PRIVATE"));

        assertThat(messagesSeenBy("carol", "carol")).contains("Private thanks for the audit");
        assertThat(messagesSeenBy("alice", "alice")).doesNotContain("Private thanks for the audit");
    }

    @Test
    public void answersABadLimitWithA400NotA404() {
        assertThat(host().get(REST + "/kudos?limit=lots", "alice", "alice").statusCode())
                .isEqualTo(400);
        assertThat(host().get(REST + "/kudos?limit=0", "alice", "alice").statusCode())
                .isEqualTo(400);
    }

    private List<String> messagesSeenBy(String user, String password) {
        HttpResponse<String> response = host().get(REST + "/kudos?limit=100", user, password);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.parse(response.body()).path("kudos").findValuesAsText("message");
    }

    private HttpResponse<String> post(String user, Map<String, ?> body) {
        return host().send(host().request(REST + "/kudos", user, user)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build());
    }
}
