package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.AccountabilityDemo;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The demo's figures after a rebuild from history, checked over HTTP: for every cell of the matrix, the issues
 * the viewer may see and the sum of those they may not add up exactly, component by component, to the cell.
 */
public class AccountabilityDemoTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    /** The demo's issues are all before 2026-11-16; five years back is as long as a period may be. */
    static final String PERIOD = "from=2021-11-24&to=2026-11-22";

    static final List<String> COMPONENTS = List.of("attainment", "ownership", "reopens", "rating");

    @BeforeClass
    public static void markTheTeamsAndRebuild() throws Exception {
        AccountabilityDemo.markTeamsAndRebuild(HOST);
    }

    static JsonNode get(String path, String user) {
        HttpResponse<String> response = HOST.get(REST + "/accountability" + path, user, user);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    static String drillDownPath(JsonNode cell) {
        String path = "/drilldown?" + PERIOD + "&provider="
                + URLEncoder.encode(cell.path("provider").asText(), StandardCharsets.UTF_8);
        return cell.path("client").isNull()
                ? path
                : path + "&client=" + URLEncoder.encode(cell.path("client").asText(), StandardCharsets.UTF_8);
    }

    @Test
    public void everyCellIsExactlyTheSumOfItsIssues() {
        // given
        JsonNode matrix = get("/matrix?" + PERIOD, "admin");
        assertThat(matrix.path("cells").size()).as("cells of the demo matrix").isGreaterThan(5);
        int hiddenSomewhere = 0;

        for (JsonNode cell : matrix.path("cells")) {
            // when
            JsonNode drill = get(drillDownPath(cell), "admin");

            // then the drill-down's cell is the matrix's cell
            assertThat(drill.path("cell")).as(cell.toString()).isEqualTo(cell);
            int issues = drill.path("issues").size()
                    + drill.path("hidden").path("issues").asInt();
            assertThat(issues).as("n of " + cell).isEqualTo(cell.path("issues").asInt());
            for (String component : COMPONENTS) {
                long numerator = drill.path("hidden")
                        .path("components")
                        .path(component)
                        .path("numerator")
                        .asLong();
                long denominator = drill.path("hidden")
                        .path("components")
                        .path(component)
                        .path("denominator")
                        .asLong();
                for (JsonNode issue : drill.path("issues")) {
                    numerator += issue.path("components")
                            .path(component)
                            .path("numerator")
                            .asLong();
                    denominator += issue.path("components")
                            .path(component)
                            .path("denominator")
                            .asLong();
                }
                JsonNode expected = cell.path("components").path(component);
                assertThat(numerator)
                        .as(component + " numerator of " + cell)
                        .isEqualTo(expected.path("numerator").asLong());
                assertThat(denominator)
                        .as(component + " denominator of " + cell)
                        .isEqualTo(expected.path("denominator").asLong());
            }
            hiddenSomewhere += drill.path("hidden").path("issues").asInt();
        }
        // the admin may not browse FIN, so some cells count issues they do not name
        assertThat(hiddenSomewhere).isPositive();
    }

    @Test
    public void drillDownsNeverNameAnIssueTheViewerMayNotBrowse() {
        // given the admin is in none of the groups that may browse FIN
        JsonNode matrix = get("/matrix?" + PERIOD, "admin");
        Set<String> named = new HashSet<>();

        // when
        for (JsonNode cell : matrix.path("cells")) {
            for (JsonNode issue : get(drillDownPath(cell), "admin").path("issues")) {
                named.add(issue.path("issueKey").asText());
            }
        }

        // then
        assertThat(named).isNotEmpty().noneMatch(key -> key.startsWith("FIN-"));
    }

    @Test
    public void listsTheHandOffChainsMostFrequentFirst() {
        JsonNode chains = get("/chains?" + PERIOD + "&limit=5", "ivan").path("chains");

        assertThat(chains.size()).isBetween(1, 5);
        List<Integer> counts = new ArrayList<>();
        chains.forEach(chain -> {
            assertThat(chain.path("teams").size()).isGreaterThanOrEqualTo(2);
            counts.add(chain.path("issues").asInt());
        });
        assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    public void trendsHaveAPointForEveryMonthOfThePeriod() {
        JsonNode trend = get("/trends?team=team-it&granularity=month&from=2026-01-01&to=2026-06-30", "ivan");

        assertThat(trend.path("points"))
                .extracting(p -> p.path("start").asText())
                .containsExactly("2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01");
    }

    @Test
    public void exportsTheMatrixAsCsvWithOneRowPerCell() {
        JsonNode matrix = get("/matrix?" + PERIOD, "admin");

        HttpResponse<String> csv = HOST.get(REST + "/accountability/matrix.csv?" + PERIOD, "admin", "admin");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(matrix.path("cells").size() + 1);
        assertThat(lines[0]).startsWith("Provider team,Client team,Score,Issues");
    }

    @Test
    public void rebuildingAgainGivesTheSameMatrix() throws Exception {
        JsonNode before = get("/matrix?" + PERIOD, "admin");

        AccountabilityDemo.rebuild(HOST);

        assertThat(get("/matrix?" + PERIOD, "admin")).isEqualTo(before);
    }
}
