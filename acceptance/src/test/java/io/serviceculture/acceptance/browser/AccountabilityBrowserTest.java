package io.serviceculture.acceptance.browser;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.acceptance.testing.TeamClocksDemo;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Accountability page and the rating panel in headless Chromium, on the demo after a rebuild, with a resolution
 * clock on every project for the owned time (see {@link TeamClocksDemo}).
 */
public class AccountabilityBrowserTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    static final String PERIOD = "from=2021-11-24&to=2026-11-22";

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeClass
    public static void markTheTeamsRebuildAndAddAResolutionClock() throws Exception {
        TeamClocksDemo.setUp(HOST);
    }

    @Test
    public void drillsFromACellToTheIssuesBehindIt() {
        // given
        logIn("ivan");
        chromium.driver()
                .get(HOST.uri("/plugins/servlet/service-culture/accountability?" + PERIOD)
                        .toString());
        List<WebElement> cells = chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(
                        By.cssSelector(".sc-acc-matrix .sc-acc-cell"), 0));
        assertThat(chromium.driver().findElements(By.cssSelector(".sc-acc-matrix th[scope=col]")))
                .isNotEmpty();
        assertThat(chromium.driver().findElements(By.cssSelector(".sc-acc-matrix th[scope=row]")))
                .isNotEmpty();
        WebElement cell = cells.get(0);
        assertThat(cell.getAttribute("aria-label")).contains("→");
        assertThat(cell.findElement(By.cssSelector(".sc-acc-mark")).getText()).isNotBlank();
        chromium.screenshot("accountability-matrix");

        // when
        String provider = cell.getAttribute("data-provider");
        String client = cell.getAttribute("data-client");
        cell.click();

        // then the panel lists the issues the REST drill-down names for Ivan
        WebElement panel = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-acc-drilldown")));
        String path = REST + "/accountability/drilldown?" + PERIOD + "&provider="
                + URLEncoder.encode(provider, StandardCharsets.UTF_8)
                + (client.isEmpty() ? "" : "&client=" + URLEncoder.encode(client, StandardCharsets.UTF_8));
        JsonNode drill = Json.parse(HOST.get(path, "ivan", "ivan").body());
        List<WebElement> rows = panel.findElements(By.cssSelector(".sc-acc-drill-issues .sc-acc-issue"));
        assertThat(rows).hasSize(drill.path("issues").size());
        if (!rows.isEmpty()) {
            assertThat(rows.get(0).getText())
                    .contains(drill.path("issues").path(0).path("issueKey").asText());
        }
        assertThat(panel.findElement(By.id("sc-acc-drill-title")).getText()).contains(provider);
        chromium.screenshot("accountability-drilldown");
    }

    @Test
    public void showsACellsOwnedTimePerIssueInTheViewersLanguage() {
        // given Tom, who reads German, on the matrix, and the owned time the REST drill-down gives him for the
        // first cell of team-facilities
        logIn("tom");
        chromium.driver()
                .get(HOST.uri("/plugins/servlet/service-culture/accountability?" + PERIOD)
                        .toString());
        WebElement cell = chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".sc-acc-matrix .sc-acc-cell[data-provider='team-facilities']")));
        String client = cell.getAttribute("data-client");
        String path = REST + "/accountability/owned-time/drilldown?" + PERIOD + "&provider=team-facilities"
                + (client.isEmpty() ? "" : "&client=" + URLEncoder.encode(client, StandardCharsets.UTF_8));
        JsonNode drill = Json.parse(HOST.get(path, "tom", "tom").body());

        // when
        cell.click();

        // then the drill-down shows one row per issue he may browse, and the cell's figure with its n, in German
        String summary = chromium.waitUpTo(Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    String text = d.findElement(By.cssSelector(".sc-acc-owned-summary"))
                            .getText();
                    return text.isBlank() ? null : text;
                });
        WebElement panel = chromium.driver().findElement(By.cssSelector(".sc-acc-drilldown"));
        assertThat(panel.findElement(By.cssSelector(".sc-acc-drill-owned caption"))
                        .getText())
                .isEqualTo("Zuständige Arbeitszeit je Vorgang (Zeit bis zur Lösung)");
        List<WebElement> rows = panel.findElements(By.cssSelector(".sc-acc-owned-issue"));
        assertThat(rows).hasSize(drill.path("issues").size());
        int measured = drill.path("cell").path("issues").asInt();
        if (measured > 0) {
            assertThat(summary).startsWith("Mittlere zuständige Zeit ").contains("n = " + measured);
        } else {
            assertThat(summary).isEqualTo("Kein Vorgang dieser Zelle hatte eine Uhr für die Zeit bis zur Lösung.");
        }
        if (!rows.isEmpty()) {
            assertThat(rows.get(0).getText())
                    .contains(drill.path("issues").path(0).path("issueKey").asText());
        }
        chromium.screenshot("accountability-owned-time");
    }

    @Test
    public void drawsTheTrendWithChartJs() {
        logIn("ivan");
        chromium.driver()
                .get(HOST.uri("/plugins/servlet/service-culture/accountability?" + PERIOD)
                        .toString());
        chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#sc-acc-team option"), 0));

        String trend = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".sc-accountability")).getAttribute("data-trend"));
        Object charts = ((JavascriptExecutor) chromium.driver())
                .executeScript("return Object.keys(window.Chart.instances).length;");

        assertThat(trend)
                .as(chromium.driver()
                        .findElement(By.cssSelector(".sc-acc-error"))
                        .getText())
                .isEqualTo("drawn");
        assertThat(((Number) charts).intValue()).isEqualTo(1);
        chromium.screenshot("accountability-trends");
    }

    @Test
    public void theReporterRatesAResolvedIssueFromTheIssuePanel() {
        // given a resolved demo issue in a project everyone may browse, reported by someone who can log in
        HostIssue issue = HOST.host().jira().issues().stream()
                .filter(i -> i.resolution().isPresent() && !i.projectKey().equals("FIN"))
                .filter(i -> i.reporterKey()
                        .flatMap(key -> HOST.host().directory().byKey(key))
                        .flatMap(HostUser::password)
                        .isPresent())
                .findFirst()
                .orElseThrow();
        String reporter = HOST.host()
                .directory()
                .byKey(issue.reporterKey().orElseThrow())
                .orElseThrow()
                .name();
        logIn(reporter);

        // when
        chromium.driver().get(HOST.uri("/browse/" + issue.key()).toString());
        WebElement form = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".sc-rating-panel .sc-rating-form")));
        form.findElement(By.cssSelector("label[for=sc-rating-4]")).click();
        form.findElement(By.id("sc-rating-comment")).sendKeys("Quick and clear, thank you");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        // then
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-rating-status"), "Thank you, your rating is saved."));
        chromium.screenshot("accountability-rating-panel");
        JsonNode rating = Json.parse(HOST.get(REST + "/issue/" + issue.key() + "/rating", reporter, reporter)
                .body());
        assertThat(rating.path("stars").asInt()).isEqualTo(4);
        assertThat(rating.path("comment").asText()).isEqualTo("Quick and clear, thank you");
    }

    private void logIn(String user) {
        chromium.logIn(HOST, user, user);
    }
}
