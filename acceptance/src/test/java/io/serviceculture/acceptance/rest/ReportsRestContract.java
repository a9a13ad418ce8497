package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.ReportsFixture.HR;
import static io.serviceculture.acceptance.testing.ReportsFixture.REPORTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.Csv;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.acceptance.testing.ReportsFixture;
import io.serviceculture.acceptance.testing.Xlsx;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * HR's kudos reports over HTTP, downloads parsed back to exactly the expected rows. Each subclass runs it against
 * the host on one database, with {@link ReportsFixture}'s data installed once.
 */
public abstract class ReportsRestContract {

    /** The running host, fresh for the subclass. */
    protected abstract RunningHost host();

    /** The fixture installed on that host. */
    protected abstract ReportsFixture fixture();

    @Test
    public void downloadsTheDetailAsCsvOneRowPerKudosAndReceiverWithFormulasMadeInert() {
        HttpResponse<byte[]> response = download("/export/detail.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"kudos-detail.csv\"");
        List<List<String>> csv = Csv.parse(new String(response.body(), StandardCharsets.UTF_8));
        List<List<String>> expected = new ArrayList<>();
        expected.add(ReportsFixture.DETAIL_HEADER);
        expected.addAll(fixture().detailRows("'" + ReportsFixture.FORMULA));
        assertThat(csv).containsExactlyElementsOf(expected);
    }

    @Test
    public void downloadsTheDetailAsXlsxWithTheSameRowsAndTextLeftAsText() {
        HttpResponse<byte[]> response = download("/export/detail.xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<List<String>>> sheets = Xlsx.read(response.body());
        List<List<String>> expected = new ArrayList<>();
        expected.add(ReportsFixture.DETAIL_HEADER);
        expected.addAll(fixture().detailRows(ReportsFixture.FORMULA));
        assertThat(sheets).hasSize(1);
        assertThat(sheets.get(0)).containsExactlyElementsOf(expected);
    }

    @Test
    public void startsTheCsvWithAByteOrderMarkWhenAskedFor() {
        byte[] body = download("/export/values.csv?bom=true").body();

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Csv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)))
                .first()
                .isEqualTo(List.of("Value", "Value name", "Kudos"));
    }

    @Test
    public void downloadsSummariesCountingPrivateKudosWithoutQuotingThem() {
        String month = YearMonth.from(
                        Instant.parse(fixture().kudos.get(0).path("givenAt").asText())
                                .atZone(ZoneOffset.UTC))
                .toString();

        // Carol received kudos 1 and 2 and gave 4; the admin received 2 and gave 1 and the private 3; Alice
        // received 3 and gave 2
        assertThat(csv("/export/people.csv"))
                .containsExactly(
                        List.of("Person", "Name", "Received", "Given"),
                        List.of("carol", "Carol Clerk", "2", "1"),
                        List.of("admin", "Ada Admin", "1", "2"),
                        List.of("alice", "Alice Archer", "1", "1"));
        // team-finance received 1 and 2 (Carol), gave 4; team-it received 3 (Alice) and 4, gave 2; the admin is in
        // no team: received 2, gave 1 and 3
        assertThat(csv("/export/teams.csv"))
                .containsExactly(
                        List.of("Team", "Received", "Given"),
                        List.of("team-finance", "2", "1"),
                        List.of("team-it", "2", "1"),
                        List.of("", "1", "2"));
        assertThat(csv("/export/values.csv"))
                .containsExactly(
                        List.of("Value", "Value name", "Kudos"),
                        List.of("own-it", "Own it end to end", "2"),
                        List.of("client-first", "Client first", "1"),
                        List.of("one-team", "One team", "1"));
        assertThat(csv("/export/months.csv")).containsExactly(List.of("Month", "Kudos"), List.of(month, "4"));
        assertThat(Xlsx.read(download("/export/teams.xlsx").body()).get(0))
                .containsExactly(
                        List.of("Team", "Received", "Given"),
                        List.of("team-finance", "2", "1"),
                        List.of("team-it", "2", "1"),
                        List.of("", "1", "2"));
        assertThat(new String(download("/export/people.csv").body(), StandardCharsets.UTF_8))
                .doesNotContain(ReportsFixture.PRIVATE);
    }

    @Test
    public void filtersByTeamGiverReceiverValueAndVisibility() {
        ReportsFixture data = fixture();

        assertThat(detailIds("team=team-it")).containsExactly(data.id(3));
        assertThat(detailIds("team=team-finance")).containsExactly(data.id(0), data.id(1));
        assertThat(detailIds("giver=alice")).containsExactly(data.id(1), data.id(1));
        assertThat(detailIds("receiver=carol")).containsExactly(data.id(0), data.id(1));
        assertThat(detailIds("receiver=team:team-it")).containsExactly(data.id(3));
        assertThat(detailIds("value=own-it")).containsExactly(data.id(0));
        assertThat(detailIds("visibility=PRIVATE")).isEmpty();
        assertThat(detailIds("from=2000-01-01&to=2000-12-31")).isEmpty();
        assertThat(count("team=team-finance")).isEqualTo(2);
        assertThat(count("giver=alice&receiver=admin")).isEqualTo(1);
    }

    @Test
    public void previewsPagesOfRowsAndSummarisesForTheCharts() {
        JsonNode first = json(REPORTS + "/preview?limit=1");
        JsonNode next = json(
                REPORTS + "/preview?limit=10&after=" + first.path("nextAfter").asLong());
        JsonNode summaries = json(REPORTS + "/summaries");

        assertThat(first.path("columns").get(0).asText()).isEqualTo("Kudos ID");
        assertThat(first.path("rows")).hasSize(1);
        assertThat(first.path("rows").get(0).get(12).asText()).isEqualTo(ReportsFixture.FORMULA);
        assertThat(next.path("rows")).hasSize(3);
        assertThat(next.path("nextAfter").isNull()).isTrue();
        assertThat(summaries.path("kudos").asLong()).isEqualTo(4);
        assertThat(summaries.path("privateKudos").asLong()).isEqualTo(1);
        assertThat(summaries.path("values").get(0).path("name").asText()).isEqualTo("Own it end to end");
    }

    @Test
    public void listsPrivateKudosWithTheirTextOnlyOnceAnAdminAllowsIt() {
        try {
            assertThat(setPrivateText("alice", true).statusCode()).isEqualTo(403);
            assertThat(setPrivateText(HR, true).statusCode()).isEqualTo(403);
            assertThat(setPrivateText("admin", true).statusCode()).isEqualTo(200);

            assertThat(count("")).isEqualTo(5);
            assertThat(csv("/export/detail.csv?visibility=PRIVATE"))
                    .extracting(row -> row.get(12))
                    .containsExactly("Message", ReportsFixture.PRIVATE);
        } finally {
            assertThat(setPrivateText("admin", false).statusCode()).isEqualTo(200);
        }
        assertThat(count("")).isEqualTo(4);
    }

    @Test
    public void auditsEveryDownloadWithTheReportAndFilter() {
        download("/export/teams.csv?value=own-it");

        assertThat(host().host().audit().latest()).anySatisfy(event -> assertThat(event.getActionI18nKey())
                .isEqualTo("service-culture.audit.reports.kudos-exported"));
    }

    @Test
    public void answersBadFiltersWith400NamingTheFieldInTheCallersLanguage() {
        assertBadFilter("from=2026-13-01", "from", "service-culture.reports.error.date.invalid");
        assertBadFilter("from=2026-11-02&to=2026-11-01", "to", "service-culture.reports.error.period.order");
        assertBadFilter("team=no-such-team", "team", "service-culture.reports.error.team.unknown");
        assertBadFilter("value=no-such-value", "value", "service-culture.reports.error.value.unknown");
        assertBadFilter("giver=nobody", "giver", "service-culture.reports.error.person.unknown");
        assertBadFilter("receiver=team:nope", "receiver", "service-culture.reports.error.team.unknown");
        assertBadFilter("visibility=secret", "visibility", "service-culture.reports.error.visibility.invalid");
        HttpResponse<String> badBom = host().get(REPORTS + "/export/detail.csv?bom=maybe", HR, HR);
        assertThat(badBom.statusCode()).isEqualTo(400);
        assertThat(Json.parse(badBom.body()).path("errors").get(0).path("field").asText())
                .isEqualTo("bom");
        HttpResponse<String> error = host().get(REPORTS + "/export/detail.csv?to=2026-11-01&from=2026-11-02", HR, HR);
        assertThat(Json.parse(error.body())
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asText())
                .isEqualTo("The end of the period is before its start.");
        assertThat(host().get(REPORTS + "/export/everything.csv", HR, HR).statusCode())
                .isEqualTo(404);
        assertThat(host().get(REPORTS + "/export/detail.pdf", HR, HR).statusCode())
                .isEqualTo(404);
    }

    @Test
    public void letsHrAndAdminsInAndKeepsEveryoneElseOut() {
        assertThat(host().get(REPORTS + "/count", "alice", "alice").statusCode())
                .isEqualTo(403);
        assertThat(host().get(REPORTS + "/export/detail.csv", "alice", "alice").statusCode())
                .isEqualTo(403);
        assertThat(host().get(REPORTS + "/count", HR, HR).statusCode()).isEqualTo(200);
        assertThat(host().get(REPORTS + "/count", "admin", "admin").statusCode())
                .isEqualTo(200);
        assertThat(host().login(HR, HR)
                        .get("/plugins/servlet/service-culture/reports/kudos")
                        .statusCode())
                .isEqualTo(200);
        assertThat(host().login("alice", "alice")
                        .get("/plugins/servlet/service-culture/reports/kudos")
                        .statusCode())
                .isEqualTo(403);
    }

    private void assertBadFilter(String query, String field, String key) {
        for (String path : List.of("/count?", "/preview?", "/summaries?", "/export/detail.csv?")) {
            HttpResponse<String> response = host().get(REPORTS + path + query, HR, HR);
            assertThat(response.statusCode())
                    .as(path + query + ": " + response.body())
                    .isEqualTo(400);
            JsonNode error = Json.parse(response.body()).path("errors").get(0);
            assertThat(error.path("field").asText()).as(path + query).isEqualTo(field);
            assertThat(error.path("key").asText()).as(path + query).isEqualTo(key);
            assertThat(error.path("message").asText())
                    .as(path + query)
                    .isNotBlank()
                    .doesNotContain(key);
        }
    }

    private HttpResponse<String> setPrivateText(String user, boolean allowed) {
        return host().send(host().request(REPORTS + "/settings", user, user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("privateText", allowed))))
                .build());
    }

    private List<String> detailIds(String query) {
        return csv("/export/detail.csv?" + query).stream()
                .skip(1)
                .map(row -> row.get(0))
                .toList();
    }

    private long count(String query) {
        return json(REPORTS + "/count?" + query).path("rows").asLong();
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = host().get(path, HR, HR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private List<List<String>> csv(String path) {
        HttpResponse<byte[]> response = download(path);
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return Csv.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            return host().client()
                    .send(
                            host().request(REPORTS + path, HR, HR).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
