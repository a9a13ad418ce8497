package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Rating the service over HTTP on the test data: Carol reported HELP-1 (resolved) and FIN-1 (open); Alice
 * reported neither. The seven-day window is the core's {@code AccountabilityServiceTest}.
 */
public class AccountabilityRatingTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    static HttpResponse<String> rate(String issue, String user, Map<String, ?> body) {
        return HOST.send(HOST.request(REST + "/issue/" + issue + "/rating", user, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build());
    }

    static String firstErrorKey(HttpResponse<String> response) {
        return Json.parse(response.body()).path("errors").path(0).path("key").asText();
    }

    @Test
    public void theReporterRatesOnceAndMayChangeTheRating() {
        // when
        HttpResponse<String> first = rate("HELP-1", "carol", Map.of("stars", 2, "comment", "Took a while"));
        HttpResponse<String> changed = rate("HELP-1", "carol", Map.of("stars", 4, "comment", "Fixed for good"));

        // then
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode read = Json.parse(
                HOST.get(REST + "/issue/HELP-1/rating", "carol", "carol").body());
        assertThat(read.path("stars").asInt()).isEqualTo(4);
        assertThat(read.path("comment").asText()).isEqualTo("Fixed for good");
        assertThat(read.path("created").asText())
                .isEqualTo(Json.parse(first.body()).path("created").asText());
    }

    @Test
    public void someoneElseMayNotRateTheReportersService() {
        HttpResponse<String> response = rate("HELP-1", "alice", Map.of("stars", 5));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(firstErrorKey(response)).isEqualTo("service-culture.accountability.rating.error.not-reporter");
    }

    @Test
    public void anOpenIssueIsRatedOnlyOnceResolved() {
        HttpResponse<String> response = rate("FIN-1", "carol", Map.of("stars", 5));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(firstErrorKey(response)).isEqualTo("service-culture.accountability.rating.error.not-resolved");
        assertThat(Json.parse(response.body())
                        .path("errors")
                        .path(0)
                        .path("message")
                        .asText())
                .isEqualTo("The service can be rated once the issue is resolved.");
    }

    @Test
    public void starsOutsideOneToFiveAreABadRequest() {
        HttpResponse<String> nine = rate("HELP-1", "carol", Map.of("stars", 9));
        HttpResponse<String> none = rate("HELP-1", "carol", Map.of("comment", "no stars"));
        HttpResponse<String> text = rate("HELP-1", "carol", Map.of("stars", "many"));

        assertThat(nine.statusCode()).isEqualTo(400);
        assertThat(firstErrorKey(nine)).isEqualTo("service-culture.accountability.rating.error.stars");
        assertThat(Json.parse(nine.body())
                        .path("errors")
                        .path(0)
                        .path("message")
                        .asText())
                .isEqualTo("A rating is 1 to 5 stars.");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(text.statusCode()).isEqualTo(400);
    }

    @Test
    public void anIssueTheCallerMayNotBrowseIsNotFound() {
        HttpResponse<String> response = rate("FIN-1", "alice", Map.of("stars", 5));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Invoice stuck");
    }
}
