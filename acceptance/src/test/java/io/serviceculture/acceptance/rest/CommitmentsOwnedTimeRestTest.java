package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.CommitmentsScenario.REST;
import static io.serviceculture.acceptance.testing.CommitmentsScenario.post;
import static io.serviceculture.acceptance.testing.ErrorShape.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.acceptance.testing.TeamClocksDemo;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * A team owned-time commitment on the demo, with its teams marked and a 40-hour resolution clock on every project
 * (see {@link TeamClocksDemo}): the commitment shows the same hours, over the same issues, as team-facilities' row of
 * the matrix's owned time.
 */
public class CommitmentsOwnedTimeRestTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    /** The threshold of the demo's accountability settings, under which a figure is marked. */
    private static final int LOW_CONFIDENCE_BELOW = 10;

    @BeforeClass
    public static void teamsMarkedAndAResolutionClockOnEveryProject() throws Exception {
        TeamClocksDemo.setUp(HOST);
    }

    @Test
    public void aTeamOwnedHoursCommitmentShowsTheTeamsRowOfTheMatrixsOwnedTime() {
        // given two years up to tomorrow (UTC), starting on a 1 December, when London keeps UTC, so the commitment's
        // UTC days and the matrix's days in admin's zone (Europe/London) hold the same issues up to now
        LocalDate end = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate start = LocalDate.of(end.getYear() - (end.getMonthValue() == 12 ? 1 : 2), 12, 1);
        double hours = 0;
        int issues = 0;
        JsonNode cells = Json.parse(HOST.get(
                                REST + "/accountability/owned-time?from=" + start + "&to=" + end.minusDays(1),
                                "admin",
                                "admin")
                        .body())
                .path("cells");
        for (JsonNode cell : cells) {
            if (cell.path("provider").asText().equals("team-facilities")
                    && cell.path("issues").asInt() > 0) {
                hours += cell.path("meanHours").asDouble() * cell.path("issues").asInt();
                issues += cell.path("issues").asInt();
            }
        }
        assertThat(issues).as("team-facilities' issues with a resolution clock").isPositive();

        // when admin commits to team-facilities' owned hours over that period
        HttpResponse<String> created = post(
                HOST,
                "admin",
                REST + "/commitments",
                Json.write(Map.of(
                        "period",
                        Map.of("kind", "CUSTOM", "start", start.toString(), "end", end.toString()),
                        "text",
                        "Facilities owns each issue for under 10 working hours",
                        "target",
                        Map.of(
                                "type",
                                "MEASURED",
                                "measure",
                                "TEAM_OWNED_HOURS",
                                "value",
                                10,
                                "team",
                                "team-facilities"),
                        "visibility",
                        "PRIVATE")));

        // then the figure is the row's mean over the row's issues, in hours, judged as a ceiling
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode commitment = Json.parse(created.body());
        assertThat(commitment.path("target").path("direction").asText()).isEqualTo("AT_MOST");
        assertThat(commitment.path("target").path("team").asText()).isEqualTo("team-facilities");
        JsonNode measurement = commitment.path("measurement");
        assertThat(measurement.path("unit").asText()).isEqualTo("HOURS");
        assertThat(measurement.path("sample").asInt()).isEqualTo(issues);
        assertThat(measurement.path("actual").asDouble()).isCloseTo(hours / issues, within(1e-6));
        assertThat(measurement.path("lowConfidence").asBoolean()).isEqualTo(issues < LOW_CONFIDENCE_BELOW);
    }

    @Test
    public void aTeamOwnedHoursCommitmentWithoutATeamIsRefusedOnTheTeamField() {
        HttpResponse<String> response = post(
                HOST,
                "admin",
                REST + "/commitments",
                Json.write(Map.of(
                        "text",
                        "Owned hours of nobody",
                        "target",
                        Map.of("type", "MEASURED", "measure", "TEAM_OWNED_HOURS", "value", 10))));

        assertRefused(
                response,
                400,
                "team",
                "service-culture.commitments.error.target.owning-team",
                "Name the team whose owned hours are measured.");
    }
}
