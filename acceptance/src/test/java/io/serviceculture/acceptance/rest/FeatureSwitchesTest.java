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
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;

/** An admin switches a feature off and on through the admin REST; everything of that feature follows the switch. */
public class FeatureSwitchesTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final String RECOGNITION = "/plugins/servlet/service-culture/recognition";
    private static final String PROFILE = "/secure/ViewProfile.jspa?name=carol";
    private static final String ISSUE = "/browse/HELP-1";

    @After
    public void switchEveryFeatureBackOn() {
        switchFeature("kudos", true);
        switchFeature("standards", true);
    }

    @Test
    public void switchedOffKudosAnswersNotFoundInTheErrorShape() {
        // given
        switchFeature("kudos", false);

        // when: each answer is in the caller's language, German for Alice and English for the admin
        String german = "Diese Funktion wurde von einem Jira-Administrator ausgeschaltet.";
        String english = "This feature is switched off by a Jira administrator.";
        List<Map.Entry<HttpResponse<String>, String>> responses = List.of(
                Map.entry(giveKudos(), german),
                Map.entry(HOST.get(REST + "/kudos", "alice", "alice"), german),
                Map.entry(HOST.get(REST + "/kudos?receiver=user:carol", "admin", "admin"), english),
                Map.entry(HOST.get(REST + "/values", "alice", "alice"), german));

        // then
        for (Map.Entry<HttpResponse<String>, String> answer : responses) {
            HttpResponse<String> response = answer.getKey();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            JsonNode error = Json.parse(response.body()).path("errors").get(0);
            assertThat(error.path("key").asText()).isEqualTo("service-culture.common.error.feature-off");
            assertThat(error.path("message").asText()).isEqualTo(answer.getValue());
        }
    }

    @Test
    public void switchedOffKudosHasNoPageNoPanelAndNoNavigationLink() {
        // given
        switchFeature("kudos", false);
        RunningHost.Session alice = HOST.login("alice", "alice");

        // when
        HttpResponse<String> page = alice.get(RECOGNITION);
        HttpResponse<String> profile = alice.get(PROFILE);

        // then
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).doesNotContain("sc-kudos-panel").doesNotContain(RECOGNITION);
    }

    @Test
    public void switchingKudosBackOnRestoresItsEndpointsPageAndPanel() {
        // given
        switchFeature("kudos", false);
        switchFeature("kudos", true);
        RunningHost.Session alice = HOST.login("alice", "alice");

        // when
        HttpResponse<String> given = giveKudos();
        HttpResponse<String> listed = HOST.get(REST + "/kudos", "alice", "alice");
        HttpResponse<String> page = alice.get(RECOGNITION);
        HttpResponse<String> profile = alice.get(PROFILE);

        // then
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("sc-kudos-panel").contains(RECOGNITION);
    }

    @Test
    public void switchedOffStandardsAnswersNotFoundAndHidesTheClocksPanelUntilSwitchedBackOn() {
        // given
        switchFeature("standards", false);
        RunningHost.Session alice = HOST.login("alice", "alice");

        // when
        List<HttpResponse<String>> responses = List.of(
                HOST.get(REST + "/standards", "alice", "alice"),
                HOST.get(REST + "/calendars", "alice", "alice"),
                HOST.get(REST + "/issue/HELP-1/clocks", "alice", "alice"),
                HOST.get(REST + "/standards/attainment", "admin", "admin"));
        HttpResponse<String> issueWhileOff = alice.get(ISSUE);

        // then
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(Json.parse(response.body())
                            .path("errors")
                            .get(0)
                            .path("key")
                            .asText())
                    .isEqualTo("service-culture.common.error.feature-off");
        }
        assertThat(issueWhileOff.statusCode()).isEqualTo(200);
        assertThat(issueWhileOff.body()).doesNotContain("sc-sla-panel");

        // and when switched back on
        switchFeature("standards", true);
        HttpResponse<String> clocks = HOST.get(REST + "/issue/HELP-1/clocks", "alice", "alice");
        HttpResponse<String> issueWhileOn = alice.get(ISSUE);

        // then
        assertThat(clocks.statusCode()).as(clocks.body()).isEqualTo(200);
        assertThat(issueWhileOn.body()).contains("sc-sla-panel");
    }

    private static void switchFeature(String feature, boolean enabled) {
        HttpResponse<String> response =
                HOST.send(HOST.request(REST + "/admin/people/features/" + feature, "admin", "admin")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("enabled", enabled))))
                        .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static HttpResponse<String> giveKudos() {
        return HOST.send(HOST.request(REST + "/kudos", "alice", "alice")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of(
                        "receivers", List.of("carol"), "value", "own-it", "message", "Thanks for the month end"))))
                .build());
    }
}
