package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.CommitmentsScenario.REST;
import static io.serviceculture.acceptance.testing.CommitmentsScenario.post;
import static io.serviceculture.acceptance.testing.CommitmentsScenario.send;
import static io.serviceculture.acceptance.testing.ErrorShape.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.CommitmentsScenario;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The done-when of issue #10 over HTTP: alice signs off carol's first-response commitment, which measures what the
 * standards recorded from carol's issues; a check-in; alice's team view and its CSV; and admin, who neither
 * manages carol nor is HR, sees nothing of it.
 */
public class CommitmentsRestTest {
    @ClassRule
    public static final RunningHost HOST = CommitmentsScenario.host();

    @BeforeClass
    public static void carolAnswersUnderAStandard() {
        CommitmentsScenario.setUp(HOST);
        CommitmentsScenario.carolAnswersHerIssues(HOST);
    }

    @Test
    public void aSignedOffCommitmentShowsTheAttainmentRecordedFromTheImportedIssues() {
        // given: what the standards recorded for carol this quarter, read independently as an admin
        LocalDate[] quarter = CommitmentsScenario.currentQuarter();
        HttpResponse<String> recorded = HOST.get(
                REST + "/standards/attainment?standard=" + CommitmentsScenario.STANDARD + "&assignee=carol&from="
                        + quarter[0] + "T00:00:00Z&to=" + quarter[1] + "T00:00:00Z",
                "admin",
                "admin");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        JsonNode row = Json.parse(recorded.body()).get(0);
        // worked out by hand from the issues: answered 1 h and 2 h after creation (met), and after 3 days (breached)
        assertThat(row.path("met").asLong()).isEqualTo(2);
        assertThat(row.path("completed").asLong()).isEqualTo(3);
        double expectedPercent = row.path("ratio").asDouble() * 100;

        // when: alice, carol's manager, adds the commitment for carol and signs it off
        HttpResponse<String> created =
                post(HOST, "alice", REST + "/commitments", CommitmentsScenario.firstResponseCommitment());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Json.parse(created.body()).path("id").asLong();
        HttpResponse<String> signed = post(HOST, "alice", REST + "/commitments/" + id + "/sign-off", "");

        // then
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        JsonNode signedOff = Json.parse(signed.body());
        assertThat(signedOff.path("signedOff").asBoolean()).isTrue();
        assertThat(signedOff.path("signOff").path("name").asText()).isEqualTo("Alice Archer");

        HttpResponse<String> mine = HOST.get(REST + "/commitments?owner=carol&current=true", "carol", "carol");
        assertThat(mine.statusCode()).isEqualTo(200);
        JsonNode commitment = null;
        for (JsonNode listed : Json.parse(mine.body())) {
            if (listed.path("id").asLong() == id) {
                commitment = listed;
            }
        }
        assertThat(commitment).as(mine.body()).isNotNull();
        assertThat(commitment.path("text").asText()).isEqualTo(CommitmentsScenario.TEXT);
        assertThat(commitment.path("measurement").path("actual").asDouble())
                .isCloseTo(expectedPercent, within(1e-9))
                .isCloseTo(200.0 / 3, within(1e-9));
        assertThat(commitment.path("measurement").path("sample").asLong()).isEqualTo(3);
        assertThat(commitment.path("measurement").path("unit").asText()).isEqualTo("PERCENT");
        // 66.7 % of a 95 % floor is 70 % of the way; a level must hold all along, so 30 points short: off track
        assertThat(commitment.path("measurement").path("status").asText()).isEqualTo("OFF_TRACK");

        // and the profile panel shows the same figure, as carol sees it
        HttpResponse<String> profile = HOST.login("carol", "carol").get("/secure/ViewProfile.jspa?name=carol");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("sc-commitments-panel", "66.7");
    }

    @Test
    public void aCheckInIsKeptAndTheTeamViewAndItsCsvListIt() {
        // given
        long id = created("alice", "Kudos to the finance team");

        // when
        HttpResponse<String> checkIn = post(
                HOST,
                "carol",
                REST + "/commitments/" + id + "/check-ins",
                Json.write(Map.of("note", "Two kudos so far", "progress", 40)));

        // then
        assertThat(checkIn.statusCode()).as(checkIn.body()).isEqualTo(201);
        HttpResponse<String> checkIns = HOST.get(REST + "/commitments/" + id + "/check-ins", "alice", "alice");
        assertThat(Json.parse(checkIns.body()).get(0).path("note").asText()).isEqualTo("Two kudos so far");

        HttpResponse<String> team = HOST.get(REST + "/commitments/team", "alice", "alice");
        assertThat(team.statusCode()).isEqualTo(200);
        assertThat(Json.parse(team.body())).anySatisfy(listed -> {
            assertThat(listed.path("id").asLong()).isEqualTo(id);
            assertThat(listed.path("checkIns").get(0).path("progress").asInt()).isEqualTo(40);
        });
        HttpResponse<String> csv = HOST.get(REST + "/commitments/team.csv", "alice", "alice");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body())
                .startsWith("owner,name,period,commitment,")
                .contains("carol,Carol Clerk,", "Kudos to the finance team", "Two kudos so far");
    }

    @Test
    public void anEditAfterTheSignOffNeedsANewOne() {
        long id = created("alice", "Answer fast");
        post(HOST, "alice", REST + "/commitments/" + id + "/sign-off", "");

        HttpResponse<String> edited = send(
                HOST,
                "carol",
                "PUT",
                REST + "/commitments/" + id,
                Json.write(Map.of(
                        "period", Map.of("kind", "QUARTER"),
                        "text", "Answer faster",
                        "target", Map.of("type", "MILESTONES", "milestones", java.util.List.of("Rota agreed")))));

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Json.parse(edited.body()).path("revision").asInt()).isEqualTo(2);
        assertThat(Json.parse(edited.body()).path("signedOff").asBoolean()).isFalse();
        assertThat(Json.parse(edited.body()).path("signOff").path("current").asBoolean())
                .isFalse();
    }

    @Test
    public void anUnrelatedUserSeesNothingOfAPrivateCommitmentAndChangesNothing() {
        // given: admin is a Jira administrator who neither manages carol nor is HR
        long id = created("carol", "Private goal");
        String path = REST + "/commitments/" + id;

        // then
        assertThat(Json.parse(HOST.get(REST + "/commitments?owner=carol", "admin", "admin")
                        .body()))
                .noneSatisfy(c -> assertThat(c.path("id").asLong()).isEqualTo(id));
        assertThat(HOST.get(path, "admin", "admin").statusCode()).isEqualTo(404);
        assertThat(HOST.get(path + "/check-ins", "admin", "admin").statusCode()).isEqualTo(404);
        assertThat(HOST.get(path + "/history", "admin", "admin").statusCode()).isEqualTo(404);
        assertThat(post(HOST, "admin", path + "/check-ins", "{\"note\":\"x\"}").statusCode())
                .isEqualTo(404);
        assertThat(post(HOST, "admin", path + "/sign-off", "").statusCode()).isEqualTo(404);
        assertThat(send(HOST, "admin", "PUT", path, CommitmentsScenario.firstResponseCommitment())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(HOST, "admin", "DELETE", path, "").statusCode()).isEqualTo(404);
        assertThat(post(HOST, "admin", REST + "/commitments", CommitmentsScenario.firstResponseCommitment())
                        .statusCode())
                .isEqualTo(403);
        assertThat(HOST.get(path, "carol", "carol").statusCode()).isEqualTo(200);
        // the owner cannot sign off their own commitment
        assertThat(post(HOST, "carol", path + "/sign-off", "").statusCode()).isEqualTo(403);
    }

    @Test
    public void refusesBadInputWithA400InTheOneErrorShape() {
        HttpResponse<String> response = post(
                HOST,
                "carol",
                REST + "/commitments",
                Json.write(Map.of(
                        "text",
                        "Too much",
                        "target",
                        Map.of("type", "MEASURED", "measure", "STANDARD_ATTAINMENT", "value", 120))));

        assertRefused(
                response,
                400,
                "target",
                "service-culture.commitments.error.target.percent",
                "An attainment target is a percentage from 0 to 100.");
    }

    @Test
    public void aDeletionByTheManagerLeavesTheHistoryToNobodyAndTheCommitmentGone() {
        long id = created("carol", "Short-lived");

        HttpResponse<String> deleted = send(HOST, "alice", "DELETE", REST + "/commitments/" + id, "");

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(HOST.get(REST + "/commitments/" + id, "carol", "carol").statusCode())
                .isEqualTo(404);
    }

    private static long created(String by, String text) {
        HttpResponse<String> response = post(
                HOST,
                by,
                REST + "/commitments",
                Json.write(Map.of(
                        "owner",
                        "carol",
                        "text",
                        text,
                        "target",
                        Map.of("type", "MEASURED", "measure", "KUDOS_GIVEN", "value", 5),
                        "visibility",
                        "PRIVATE")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body()).path("id").asLong();
    }
}
