package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What-if standards and explained clocks in the browser on the demo (H2). The office calendar (Monday to Friday
 * 09:00-17:00 UTC, 2 August 2010 a holiday) and the standard "support" (projects DRILL and TST, first response in
 * 4 working hours, resolution in 24) are set up over REST and every issue is recorded; then an admin previews a
 * draft with a 200-hour first response in the browser, which stores nothing, applies it from 2030, which leaves
 * every recorded cycle as it was, and opens the explained first-response clock of the real issue TST-2.
 */
public class StandardsWhatIfBrowserOnH2Test {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    /** The tables of recorded results and of the standards' versions, by their Active Objects names. */
    private static final List<String> RESULT_TABLES =
            List.of("AO_439D1B_SLA_CYCLE", "AO_439D1B_SLA_VER", "AO_439D1B_SLA_STD", "AO_439D1B_SLA_CAL");

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeClass
    public static void officeCalendarSupportStandardAndEveryIssueRecorded() throws InterruptedException {
        post(
                "/calendars",
                """
                {"id": "office", "name": "Office (UTC)", "zone": "UTC",
                 "hours": {"MONDAY": ["09:00-17:00"], "TUESDAY": ["09:00-17:00"], "WEDNESDAY": ["09:00-17:00"],
                           "THURSDAY": ["09:00-17:00"], "FRIDAY": ["09:00-17:00"]},
                 "holidays": [{"date": "2010-08-02", "name": "Summer bank holiday"}]}""",
                200);
        post(
                "/standards",
                """
                {"id": "support", "versions": [{"effectiveFrom": "2010-01-01T00:00:00Z", "name": "Client support",
                  "rule": {"projects": ["DRILL", "TST"]},
                  "metrics": [
                    {"key": "first-response", "name": "Time to first response", "start": ["ISSUE_CREATED"],
                     "stop": ["COMMENT_BY_OTHER_THAN_REPORTER"], "goal": "PT4H", "calendar": "office"},
                    {"key": "resolution", "name": "Time to resolution", "start": ["ISSUE_CREATED", "ISSUE_REOPENED"],
                     "stop": ["RESOLUTION_SET"], "goal": "PT24H", "calendar": "office"}]}]}""",
                200);
        post("/standards/recompute", "{}", 200);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonNode progress = Json.parse(HOST.get(AccessRules.REST + "/standards/recompute", "admin", "admin")
                .body());
        while (!"DONE".equals(progress.path("state").asText()) && Instant.now().isBefore(deadline)) {
            assertThat(progress.path("state").asText()).isNotEqualTo("FAILED");
            Thread.sleep(200);
            progress = Json.parse(HOST.get(AccessRules.REST + "/standards/recompute", "admin", "admin")
                    .body());
        }
        assertThat(progress.path("state").asText()).as(progress.toString()).isEqualTo("DONE");
    }

    @Test
    public void anAdminPreviewsADraftThatChangesNothingStoredThenAppliesItFrom2030() throws SQLException {
        // given every stored result and version, row by row
        List<String> stored = rows();
        assertThat(stored).anyMatch(row -> row.startsWith("AO_439D1B_SLA_CYCLE"));
        WebDriver browser = chromium.driver();
        logIn();
        browser.get(HOST.uri("/plugins/servlet/service-culture/admin/standards").toString());
        waitFor(By.cssSelector(".sc-std-admin[data-loaded]"));

        // when the admin drafts a 200-hour first response and previews it against July and August 2010
        browser.findElement(By.cssSelector(".sc-std-standards tr[data-standard='support'] button"))
                .click();
        WebElement goal = browser.findElements(By.cssSelector(".sc-std-standard-form .sc-std-metric"))
                .get(0)
                .findElement(By.name("goalHours"));
        goal.clear();
        goal.sendKeys("200");
        WebElement whatIf = browser.findElement(By.cssSelector(".sc-std-whatif-form"));
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('sc-whatif-from').value = '2010-07-01';"
                        + "document.getElementById('sc-whatif-to').value = '2010-09-01';");
        whatIf.findElement(By.cssSelector(".sc-std-whatif-preview")).click();

        // then TST-2's first response (123 h 11 min of working time, see StandardsBrowserOnH2Test) flips from
        // breached against 4 hours to met against 200, for the goal alone
        WebElement change = chromium.waitUpTo(Duration.ofSeconds(60))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".sc-std-whatif-change[data-issue='TST-2']")));
        assertThat(change.getAttribute("data-why")).isEqualTo("GOAL");
        assertThat(change.getText())
                .contains(
                        "Time to first response",
                        "Breached: 123 h 11 min of 4 h 0 min",
                        "Met: 123 h 11 min of 200 h 0 min");
        assertThat(whatIf.findElement(By.cssSelector(".sc-std-whatif-summary")).getText())
                .contains("Attainment before", "After");
        scrollTo(whatIf.findElement(By.cssSelector(".sc-std-whatif-result")));
        chromium.screenshot("standards-whatif-preview-h2");

        // and nothing stored changed
        assertThat(rows()).isEqualTo(stored);

        // when the draft is applied from 1 January 2030 and every issue is recorded again
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('sc-whatif-apply-from').value = '2030-01-01T00:00';");
        whatIf.findElement(By.cssSelector(".sc-std-whatif-apply")).click();
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(whatIf, "data-applied", "true"));
        JsonNode standard = Json.parse(HOST.get(AccessRules.REST + "/standards", "admin", "admin")
                        .body())
                .get(0);
        assertThat(standard.get("versions")).hasSize(2);
        assertThat(standard.get("versions").get(1).get("effectiveFrom").asText())
                .startsWith("2030-01-01");
        for (String key : List.of("TST-2", "DRILL-1")) {
            post("/issue/" + key + "/clocks/recompute", "{}", 200);
        }

        // then every cycle recorded before (all started long before 2030) is stored exactly as it was
        assertThat(rows().stream().filter(row -> row.startsWith("AO_439D1B_SLA_CYCLE")))
                .containsExactlyElementsOf(stored.stream()
                        .filter(row -> row.startsWith("AO_439D1B_SLA_CYCLE"))
                        .toList());
    }

    @Test
    public void theIssuePanelExplainsTst2sFirstResponseIntervalByInterval() {
        // given TST-2 (real, from Atlassian's JRJC tests): created Mon 2010-07-26 11:29:18.262 UTC by admin, first
        // answered by wseliga on Tue 2010-08-17 14:41:15.360 UTC
        JsonNode explained = Json.parse(HOST.get(AccessRules.REST + "/issue/TST-2/clocks/explain", "admin", "admin")
                .body());
        JsonNode response = explained.get("clocks").get(0);
        assertThat(response.get("metric").asText()).isEqualTo("first-response");
        JsonNode cycle = response.get("cycles").get(0);
        // counted: Mon 26th 11:29:18.262-17:00 = 5:30:41.738; Tue 27th-Fri 30th 4 x 8 h; Mon 2 August the holiday;
        // Tue 3rd-Fri 6th 4 x 8 h; 9th-13th 5 x 8 h; Mon 16th 8 h; Tue 17th 09:00-14:41:15.360 = 5:41:15.360, cut in
        // two where admin moved it to In Progress at 14:40:34.924. That is 17 counted intervals, 112 h +
        // 11:11:57.098 = 123:11:57.098 = 443,517,098 ms
        long counted = 0;
        int countedIntervals = 0;
        List<String> holidays = new ArrayList<>();
        for (JsonNode interval : cycle.get("intervals")) {
            counted += interval.get("countedMillis").asLong();
            countedIntervals += interval.get("counted").asBoolean() ? 1 : 0;
            if ("HOLIDAY".equals(interval.get("reason").asText())) {
                holidays.add(interval.get("reasonText").asText());
            }
        }
        assertThat(cycle.get("elapsedMillis").asLong()).isEqualTo(443_517_098L).isEqualTo(counted);
        assertThat(countedIntervals).isEqualTo(17);
        assertThat(holidays).containsExactly("Not counted: holiday (Summer bank holiday)");
        JsonNode last = cycle.get("intervals").get(cycle.get("intervals").size() - 1);
        assertThat(last.get("endedBy").get("kind").asText()).isEqualTo("COMMENTED");
        assertThat(last.get("endedBy").get("actor").asText()).isEqualTo("wseliga");
        assertThat(last.get("startedBy").get("kind").asText()).isEqualTo("STATUS_CHANGED");
        assertThat(last.get("startedBy").get("text").asText()).endsWith("moved it to In Progress");
        assertThat(last.get("countedMillis").asLong()).isEqualTo(40_436L); // 14:40:34.924 to 14:41:15.360

        // when the admin opens the explanation of the first-response clock on the issue page
        WebDriver browser = chromium.driver();
        logIn();
        browser.get(HOST.uri("/browse/TST-2").toString());
        WebElement clock = waitFor(By.cssSelector(".sc-sla-panel [data-clock='support/first-response']"));
        WebElement toggle = clock.findElement(By.cssSelector(".sc-sla-explain-toggle"));
        toggle.click();

        // then it shows every interval of the cycle, the holiday named, ending with wseliga's first response
        chromium.waitUpTo(Duration.ofSeconds(45))
                .withMessage(() -> "the explanation did not open: " + toggle.getAttribute("outerHTML"))
                .until(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "true"));
        WebElement box = clock.findElement(By.cssSelector(".sc-sla-explain"));
        scrollTo(box);
        chromium.screenshot("standards-explained-tst-2-h2");
        assertThat(box.getAttribute("data-loaded"))
                .as(box.getAttribute("outerHTML"))
                .isEqualTo("true");
        WebElement table = box.findElement(By.cssSelector(".sc-sla-explain-table"));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(cycle.get("intervals").size());
        assertThat(table.findElements(By.cssSelector("tr.sc-sla-interval-counted")))
                .hasSize(17);
        assertThat(table.findElement(By.cssSelector("tr.sc-sla-interval-holiday"))
                        .getText())
                .contains("Summer bank holiday");
        assertThat(rows.get(rows.size() - 1).getText()).contains("First response: comment by");
        assertThat(table.findElement(By.tagName("tfoot")).getText()).contains("123 h 11 min");
    }

    private static void post(String path, String body, int expected) {
        HttpResponse<String> response = HOST.send(HOST.request(AccessRules.REST + path, "admin", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
    }

    /** Every row of the result tables as text, table by table, in id order. */
    private static List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = HOST.host().database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : RESULT_TABLES) {
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY ID")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int c = 1; c <= columns; c++) {
                            row.append('|')
                                    .append(result.getMetaData().getColumnName(c))
                                    .append('=')
                                    .append(result.getString(c));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) chromium.driver()).executeScript("arguments[0].scrollIntoView(true);", element);
    }

    private WebElement waitFor(By locator) {
        return chromium.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void logIn() {
        chromium.logIn(HOST, "admin", "admin");
    }
}
