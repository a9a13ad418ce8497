package io.serviceculture.acceptance.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.acceptance.testing.TeamClocksDemo;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The matrix's owned time over HTTP on the demo, with its teams marked and a 40-hour resolution clock on every
 * project on the office calendar (see {@link TeamClocksDemo}).
 */
public class AccountabilityOwnedTimeRestTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    private static final String PERIOD = AccountabilityDemoTest.PERIOD;

    @BeforeClass
    public static void teamsMarkedAndAResolutionClockOnEveryProject() throws Exception {
        TeamClocksDemo.setUp(HOST);
    }

    private static JsonNode get(String path, String user) {
        HttpResponse<String> response = HOST.get(AccessRules.REST + "/accountability" + path, user, user);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static String drillDownPath(JsonNode cell) {
        return "/owned-time" + AccountabilityDemoTest.drillDownPath(cell);
    }

    @Test
    public void everyCellsOwnedTimeIsTheMeanOfItsIssuesAndCountsNoMoreThanTheCell() {
        // given the matrix's cells by provider and client
        Map<String, Integer> matrixIssues = new HashMap<>();
        get("/matrix?" + PERIOD, "admin")
                .path("cells")
                .forEach(cell -> matrixIssues.put(key(cell), cell.path("issues").asInt()));
        JsonNode cells = get("/owned-time?" + PERIOD, "admin").path("cells");
        assertThat(cells.size()).isEqualTo(matrixIssues.size());
        int measured = 0;

        for (JsonNode cell : cells) {
            // when
            JsonNode drill = get(drillDownPath(cell), "admin");

            // then the drill-down's cell is the cell, and its rows with the hidden sums add up to it
            assertThat(drill.path("cell")).as(cell.toString()).isEqualTo(cell);
            JsonNode hidden = drill.path("hidden");
            int issues = drill.path("issues").size() + hidden.path("issues").asInt();
            double hours = hidden.path("hours").asDouble();
            double normalised = hidden.path("normalisedSum").asDouble();
            int normalisedIssues = hidden.path("normalisedIssues").asInt();
            for (JsonNode issue : drill.path("issues")) {
                assertThat(issue.path("hours").asDouble())
                        .isCloseTo(issue.path("ownedMillis").asLong() / 3_600_000.0, within(1e-9));
                hours += issue.path("hours").asDouble();
                if (!issue.path("normalised").isNull()) {
                    normalised += issue.path("normalised").asDouble();
                    normalisedIssues++;
                }
            }
            assertThat(issues).as("n of " + cell).isEqualTo(cell.path("issues").asInt());
            assertThat(issues).as("n of " + cell).isLessThanOrEqualTo(matrixIssues.get(key(cell)));
            if (issues > 0) {
                assertThat(hours / issues).isCloseTo(cell.path("meanHours").asDouble(), within(1e-6));
                measured++;
            } else {
                assertThat(cell.path("meanHours").isNull()).isTrue();
            }
            if (normalisedIssues > 0) {
                assertThat(normalised / normalisedIssues)
                        .isCloseTo(cell.path("index").asDouble(), within(1e-6));
            }
            assertThat(cell.path("lowConfidence").asBoolean()).isEqualTo(issues < 10);
        }
        assertThat(measured).as("cells with a resolution clock").isPositive();
    }

    /**
     * FAC-19, worked by hand in {@link TeamClocksRestTest}: team-facilities owned 7 h 40 min of its resolution
     * clock, team-finance 20 min; the 6 h 12 min nobody owned is no team's.
     */
    @Test
    public void fac19CountsItsOwnedTimeInTheCellOfEachTeamThatOwnedIt() {
        assertThat(ownedMillisOfFac19("team-facilities")).isEqualTo(27_600_000L);
        assertThat(ownedMillisOfFac19("team-finance")).isEqualTo(1_200_000L);
    }

    private static long ownedMillisOfFac19(String provider) {
        for (JsonNode cell : get("/owned-time?" + PERIOD, "admin").path("cells")) {
            if (cell.path("provider").asText().equals(provider)) {
                for (JsonNode issue : get(drillDownPath(cell), "admin").path("issues")) {
                    if (issue.path("issueKey").asText().equals("FAC-19")) {
                        return issue.path("ownedMillis").asLong();
                    }
                }
            }
        }
        throw new AssertionError("FAC-19 is in no cell of " + provider);
    }

    private static String key(JsonNode cell) {
        return cell.path("provider").asText() + "|" + cell.path("client").asText("");
    }
}
