package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.config.JobId;
import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin sets up "first response in 4 business hours, resolution in 3 business days" on an office calendar
 * with a holiday, in the browser on the demo (H2); the issue page of a real imported issue then shows the same
 * clocks as REST, and after the alert sweep the breach list shows its breach.
 */
public class StandardsBrowserOnH2Test {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    private static final JobId SWEEP = JobId.of("io.serviceculture.jira.standards.alerts");

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    public void anAdminDefinesAStandardAndTheIssuePageAndBreachListShowIt() throws IOException {
        WebDriver browser = chromium.driver();
        logIn("admin", "admin");
        browser.get(HOST.uri("/plugins/servlet/service-culture/admin/standards").toString());
        waitFor(By.cssSelector(".sc-std-admin[data-loaded]"));

        // the office calendar: Monday to Friday 09:00-17:00 UTC (the form's defaults)
        WebElement calendarForm = browser.findElement(By.cssSelector(".sc-std-calendar-form"));
        calendarForm.findElement(By.id("sc-cal-id")).sendKeys("office");
        calendarForm.findElement(By.id("sc-cal-name")).sendKeys("Office (UTC)");
        calendarForm.findElement(By.cssSelector(".sc-std-calendar-save")).click();
        waitFor(By.cssSelector(".sc-std-calendars tr[data-calendar='office']"));

        // a holiday file with two bad lines is refused line by line, then a clean one is imported
        WebElement holidays = browser.findElement(By.cssSelector(".sc-std-holidays-form"));
        holidays.findElement(By.id("sc-hol-file"))
                .sendKeys(file("bad.csv", "2010-08-02,Summer bank holiday\nnot-a-date,Oops\n2010-13-01,Bad month\n"));
        holidays.findElement(By.cssSelector(".sc-std-holidays-import")).click();
        WebElement errors = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOf(holidays.findElement(By.cssSelector(".sc-std-errors"))));
        assertThat(errors.findElements(By.tagName("li")))
                .extracting(WebElement::getText)
                .satisfiesExactly(line -> assertThat(line).startsWith("Line 2"), line -> assertThat(line)
                        .startsWith("Line 3"));
        chromium.screenshot("standards-holiday-errors-h2");
        holidays.findElement(By.id("sc-hol-file")).sendKeys(file("holidays.csv", "2010-08-02,Summer bank holiday\n"));
        holidays.findElement(By.cssSelector(".sc-std-holidays-import")).click();
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-std-calendars tr[data-calendar='office']"), "1"));

        // the standard, on the real issues' projects, in force since 2010; its two built-in metrics keep their
        // presets: first response 4 working hours, resolution 24 working hours (3 business days of 8 hours)
        WebElement standardForm = browser.findElement(By.cssSelector(".sc-std-standard-form"));
        standardForm.findElement(By.id("sc-std-id")).sendKeys("support");
        standardForm.findElement(By.id("sc-std-name")).sendKeys("Client support");
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('sc-std-effective').value = '2010-01-01T00:00';");
        standardForm.findElement(By.id("sc-rule-projects")).sendKeys("DRILL, TST");
        List<WebElement> metrics = standardForm.findElements(By.cssSelector(".sc-std-metric"));
        assertThat(metrics).hasSize(2);
        assertThat(metrics.get(1).findElement(By.name("goalHours")).getAttribute("value"))
                .isEqualTo("24");
        assertThat(new Select(metrics.get(0).findElement(By.name("calendar")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("office");
        standardForm.findElement(By.cssSelector(".sc-std-standard-save")).click();
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-std-standards tr[data-standard='support']"), "Client support"));
        chromium.screenshot("standards-admin-h2");

        // TST-2 (real, from Atlassian's JRJC tests): created Mon 2010-07-26 11:29:18 UTC by admin, first answered
        // by wseliga on Tue 2010-08-17 14:41:15 UTC. Working time: 5:30:42 on the 26th, 4 x 8 h that week, 4 x 8 h
        // the next (2 August is the holiday), 5 x 8 h, 8 h on the 16th and 5:41:15 on the 17th = 123:11:57.
        JsonNode before = clocksOf("TST-2");
        browser.get(HOST.uri("/browse/TST-2").toString());
        WebElement panel = waitFor(By.cssSelector(".sc-sla-panel"));
        JsonNode after = clocksOf("TST-2");
        JsonNode response = before.get("clocks").get(0);
        assertThat(response.get("metric").asText()).isEqualTo("first-response");
        assertThat(response.get("completed").get(0).get("elapsedSeconds").asLong())
                .isEqualTo(123 * 3600 + 11 * 60 + 57);
        assertThat(response.get("state").asText()).isEqualTo("missed");
        for (int i = 0; i < before.get("clocks").size(); i++) {
            JsonNode clock = before.get("clocks").get(i);
            WebElement shown = panel.findElement(
                    By.cssSelector("[data-clock='support/" + clock.get("metric").asText() + "']"));
            // the lozenge's style upper-cases what it shows
            assertThat(shown.findElement(By.cssSelector(".sc-sla-state")).getText())
                    .isEqualToIgnoringCase(clock.get("stateText").asText());
            if (clock.hasNonNull("ongoing")) {
                assertThat(shown.findElement(By.cssSelector(".sc-sla-remaining"))
                                .getText())
                        .isIn(
                                clock.get("ongoing").get("remainingText").asText(),
                                after.get("clocks")
                                        .get(i)
                                        .get("ongoing")
                                        .get("remainingText")
                                        .asText());
            }
        }
        assertThat(before.get("clocks").get(1).get("state").asText()).isEqualTo("breached");
        chromium.screenshot("standards-issue-tst-2-h2");

        // when something happens to TST-2 and the sweep runs, its breached resolution is listed
        HOST.send(HOST.request("/rest/api/2/issue/TST-2/comment", "admin", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Still on it\"}"))
                .build());
        HOST.host().scheduler().runNow(SWEEP);
        browser.get(HOST.uri("/plugins/servlet/service-culture/breaches").toString());
        WebElement row = waitFor(By.cssSelector(".sc-std-breach"));
        assertThat(row.getText())
                .contains("TST-2", "Client support", "Time to resolution")
                .containsIgnoringCase("Breached");
        chromium.screenshot("standards-breaches-h2");
    }

    private static JsonNode clocksOf(String key) {
        return Json.parse(HOST.get(AccessRules.REST + "/issue/" + key + "/clocks", "admin", "admin")
                .body());
    }

    private static String file(String name, String text) throws IOException {
        Path dir = Files.createTempDirectory("holidays");
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toAbsolutePath().toString();
    }

    private WebElement waitFor(By locator) {
        return chromium.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void logIn(String user, String password) {
        chromium.logIn(HOST, user, password);
    }
}
