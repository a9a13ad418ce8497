package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.acceptance.testing.ReportsFixture;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * Fair recognition insights over HTTP on the reports' test data (worked by hand from {@link ReportsFixture}): team-it
 * holds alice and dave (deactivated), team-finance holds carol (HR). Kudos: admin to carol, alice to carol and the
 * admin, admin to alice (private), carol to team-it.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class InsightsRestTest {
    private static final String INSIGHTS = REST + "/insights/recognition";

    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    @BeforeClass
    public static void giveKudos() {
        ReportsFixture.install(HOST);
    }

    @Test
    public void a_hrSeesEveryActiveLicensedTeamMemberWithHandWorkedFigures() {
        JsonNode insights = get("carol", INSIGHTS, 200);

        assertThat(insights.path("scope").asText()).isEqualTo("everyone");
        // alice and carol; dave is in team-it but deactivated, the admin is in no team
        assertThat(insights.path("people").asInt()).isEqualTo(2);
        assertThat(insights.path("peopleWithoutKudosCount").asInt()).isZero();
        // received in person: alice 1 (the private one counts), carol 2. Sorted {1,2}: S = 3, Σ i·x = 1 + 4 = 5,
        // G = 10 / 6 − 3 / 2 = 1/6; the top ⌈0.2⌉ = 1 person holds 2 of 3
        JsonNode receiving = insights.path("receiving");
        assertThat(receiving.path("kudos").asLong()).isEqualTo(3);
        assertThat(receiving.path("gini").asDouble()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(receiving.path("topTenPercentShare").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        // given: alice 1, carol 1 (the admin's two are outside the population): even, G = 0, top 1 of 2
        JsonNode giving = insights.path("giving");
        assertThat(giving.path("kudos").asLong()).isEqualTo(2);
        assertThat(giving.path("gini").asDouble()).isCloseTo(0, within(1e-9));
        assertThat(giving.path("topTenPercentShare").asDouble()).isCloseTo(0.5, within(1e-9));
        // team-it got alice's and its own, team-finance carol's
        assertThat(insights.path("teamsWithoutKudos")).isEmpty();
    }

    @Test
    public void b_hrSeesValueCoverageAndTheUnusedValue() {
        JsonNode insights = get("carol", INSIGHTS, 200);

        // 5 recognitions: carol (own-it), carol and admin (client-first), alice (own-it), team-it (one-team)
        assertThat(insights.path("recognitions").asLong()).isEqualTo(5);
        List<String> values = new ArrayList<>();
        insights.path("values")
                .forEach(v -> values.add(
                        v.path("id").asText() + " " + v.path("recognitions").asLong() + " "
                                + v.path("share").asDouble()));
        assertThat(values)
                .containsExactly("client-first 2 0.4", "own-it 2 0.4", "one-team 1 0.2", "raise-the-bar 0 0.0");
        assertThat(insights.path("unusedValues").get(0).path("name").asText()).isEqualTo("Raise the bar");
    }

    @Test
    public void c_refusesSomeoneWhoManagesNobody() {
        JsonNode refusal = get("alice", INSIGHTS, 403);

        assertThat(refusal.path("errors").get(0).path("key").asText())
                .isEqualTo("service-culture.insights.error.not-allowed");
    }

    @Test
    public void d_showsALeadTheirTeamOnly() {
        // given alice leads team-finance
        admin("PUT", REST + "/admin/people/teams/team-finance/leads", Map.of("leads", List.of("alice")));

        JsonNode insights = get("alice", INSIGHTS, 200);

        assertThat(insights.path("scope").asText()).isEqualTo("managed");
        // carol alone, with her 2 kudos
        assertThat(insights.path("people").asInt()).isEqualTo(1);
        assertThat(insights.path("receiving").path("kudos").asLong()).isEqualTo(2);
        assertThat(insights.path("recognitions").asLong()).isEqualTo(2);
    }

    @Test
    public void e_refusesABadPeriodWithAClearMessage() {
        JsonNode refusal = get("carol", INSIGHTS + "?from=2026-12-01&to=2026-11-01", 400);

        assertThat(refusal.path("errors").get(0).path("field").asText()).isEqualTo("from");
    }

    @Test
    public void f_givesEveryUserTheMatrixSignalWithItsLegend() {
        JsonNode signal = get("alice", INSIGHTS + "/cross-team", 200);

        assertThat(signal.path("cells").isArray()).isTrue();
        assertThat(signal.path("legend").asText()).containsIgnoringCase("kudos");
        assertThat(signal.path("tooltip").asText()).contains("{0}");
    }

    private static JsonNode get(String user, String path, int status) {
        HttpResponse<String> response = HOST.get(path, user, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.parse(response.body());
    }

    private static void admin(String method, String path, Map<String, ?> body) {
        HttpResponse<String> response = HOST.send(HOST.request(path, "admin", "admin")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
    }
}
