package io.serviceculture.acceptance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.acceptance.testing.TeamClocksDemo;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Team ownership clocks over HTTP on the demo, with its five teams marked, the office calendar (Monday to Friday
 * 09:00-17:00 UTC) and a 40-hour resolution clock on every project (see {@link TeamClocksDemo}).
 */
public class TeamClocksRestTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    @BeforeClass
    public static void teamsMarkedAndAResolutionClockOnEveryProject() throws Exception {
        TeamClocksDemo.setUp(HOST);
    }

    private static JsonNode get(String path) {
        HttpResponse<String> response = HOST.get(AccessRules.REST + path, "admin", "admin");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    /**
     * FAC-19 (synthetic, fixed seed): created Thursday 2026-10-08 10:48 UTC unassigned; omar (team-facilities)
     * assigned at 18:41 and moved it to In Progress at 20:12; he handed it to lena (team-finance) on Friday at
     * 16:40; she resolved it on Saturday at 04:50.
     */
    @Test
    public void fac19SplitsItsResolutionClockIntoTheGapFacilitiesAndFinance() {
        // when
        JsonNode clock = get("/issue/FAC-19/clocks/teams").get("clocks").get(0);

        // then nobody: Thursday 10:48-17:00 = 6 h 12 min (18:41 is after hours); team-facilities: Friday
        // 09:00-16:40 = 7 h 40 min; team-finance: Friday 16:40-17:00 = 20 min, Saturday nothing. 14 h 12 min in all
        assertThat(clock.get("metric").asText()).isEqualTo("resolution");
        List<String> teams = new ArrayList<>();
        clock.get("teams")
                .forEach(team -> teams.add(team.get("team").asText() + " "
                        + team.get("ownedMillis").asLong()));
        assertThat(teams).containsExactly("team-facilities " + 27_600_000L, "team-finance " + 1_200_000L);
        assertThat(clock.get("unownedMillis").asLong()).isEqualTo(22_320_000L);
        assertThat(clock.get("countedMillis").asLong()).isEqualTo(51_120_000L);
        assertThat(clock.get("countedText").asText()).isEqualTo("14 h 12 min");
        // 7:40 of 14:12 = 54.0 %, 0:20 = 2.3 %, 6:12 = 43.7 %
        assertThat(clock.get("teams").get(0).get("sharePercent").asInt()).isEqualTo(54);
        assertThat(clock.get("teams").get(1).get("sharePercent").asInt()).isEqualTo(2);
        assertThat(clock.get("unownedSharePercent").asInt()).isEqualTo(44);
    }

    @Test
    public void fac19AsFinancesClockSaysWhoElseOwnedEachCountedInterval() {
        // when
        JsonNode cycle = get("/issue/FAC-19/clocks/teams/team-finance/explain?standard=service&metric=resolution")
                .get("clocks")
                .get(0)
                .get("cycles")
                .get(0);

        // then Thursday 10:48-17:00 nobody's; the evening, cut where omar took it (18:41) and started work (20:12),
        // and the night outside hours; Friday 09:00-16:40 facilities'; 16:40-17:00 finance's 20 minutes; then the
        // night to Saturday 04:50 outside hours
        List<String> intervals = new ArrayList<>();
        cycle.get("intervals")
                .forEach(interval -> intervals.add(interval.get("reason").asText() + " "
                        + interval.get("countedMillis").asLong()));
        assertThat(intervals)
                .containsExactly(
                        "OWNED_BY_NOBODY 0",
                        "OUTSIDE_WORKING_HOURS 0",
                        "OUTSIDE_WORKING_HOURS 0",
                        "OUTSIDE_WORKING_HOURS 0",
                        "OWNED_BY_ANOTHER_TEAM 0",
                        "COUNTED 1200000",
                        "OUTSIDE_WORKING_HOURS 0");
        assertThat(cycle.get("intervals").get(4).get("reasonText").asText())
                .isEqualTo("Not counted for this team: team-facilities owned the issue");
        assertThat(cycle.get("elapsedMillis").asLong()).isEqualTo(1_200_000L);
        assertThat(cycle.get("summaryText").asText()).isEqualTo("team-finance owned it for 0 h 20 min");
    }

    @Test
    public void everyResolvedIssueThatChangedHandsAddsUpToItsClock() {
        // given every resolved demo issue the admin may browse whose assignee ever changed
        List<HostIssue> changedHands = HOST.host().jira().issues().stream()
                .filter(issue -> HOST.host().jira().canBrowse(Optional.of("admin"), issue))
                .filter(issue -> issue.resolution().isPresent())
                .filter(issue -> !issue.timeline()
                        .eventsOf(IssueEvent.AssigneeChanged.class)
                        .isEmpty())
                .toList();
        assertThat(changedHands).hasSizeGreaterThan(20);

        for (HostIssue issue : changedHands) {
            // when
            JsonNode split = get("/issue/" + issue.key() + "/clocks/teams");
            JsonNode explained = get("/issue/" + issue.key() + "/clocks/explain");

            // then the teams and the gap add up to the clock's counted time, cycle by cycle summed
            long elapsed = 0;
            for (JsonNode cycle : explained.get("clocks").get(0).get("cycles")) {
                elapsed += cycle.get("elapsedMillis").asLong();
            }
            JsonNode clock = split.get("clocks").get(0);
            long parts = clock.get("unownedMillis").asLong();
            for (JsonNode team : clock.get("teams")) {
                parts += team.get("ownedMillis").asLong();
            }
            assertThat(parts)
                    .as(issue.key())
                    .isEqualTo(clock.get("countedMillis").asLong())
                    .isEqualTo(elapsed);
        }
    }

    @Test
    public void aBlankTeamIsRefusedWithAClearMessage() {
        // when
        HttpResponse<String> response =
                HOST.get(AccessRules.REST + "/issue/FAC-19/clocks/teams/%20/explain", "admin", "admin");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("service-culture.standards.teams.error.team", "Name a team");
    }
}
