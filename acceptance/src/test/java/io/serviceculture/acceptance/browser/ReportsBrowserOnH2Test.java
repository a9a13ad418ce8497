package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.Csv;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.ReportsFixture;
import io.serviceculture.acceptance.testing.Xlsx;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** HR filters the recognition reports in a real browser and downloads CSV and Excel files, read back here. */
public class ReportsBrowserOnH2Test {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static ReportsFixture fixture;

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeClass
    public static void giveKudos() {
        fixture = ReportsFixture.install(HOST);
    }

    @Test
    public void hrFiltersByTeamAndDownloadsTheDetailAsCsvAndExcel() throws IOException {
        WebDriver browser = chromium.driver();
        logIn(ReportsFixture.HR, ReportsFixture.HR);

        // when Carol (HR) follows the top navigation to the reports
        browser.get(HOST.uri("/secure/Dashboard.jspa").toString());
        // the host renders a top-navigation item with its module key as id (Jira: its linkId)
        browser.findElement(By.id("kudos-reports-nav")).click();
        WebElement page = chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sc-reports[data-loaded='true']")));
        assertThat(page.findElements(By.cssSelector(".sc-preview tbody tr"))).hasSize(4);
        chromium.screenshot("reports-page");
        // the charts are drawn by Chart.js, served from the app's own web resource
        JavascriptExecutor script = (JavascriptExecutor) browser;
        assertThat(script.executeScript("return typeof window.Chart === 'function'"
                        + " && !!window.Chart.getChart(document.getElementById('sc-chart-values'));"))
                .isEqualTo(true);
        script.executeScript("document.querySelector('.sc-reports-charts').scrollIntoView();");
        chromium.screenshot("reports-charts");
        script.executeScript("window.scrollTo(0, 0);");

        // and shows the kudos team-finance received
        Select team = new Select(browser.findElement(By.id("sc-filter-team")));
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> team.getOptions().size() > 2);
        team.selectByValue("team-finance");
        browser.findElement(By.cssSelector(".sc-reports-show")).click();
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d ->
                        d.findElements(By.cssSelector(".sc-preview tbody tr")).size() == 2);
        assertThat(browser.findElement(By.cssSelector(".sc-preview-count")).getText())
                .isEqualTo("2 rows in the detail");
        chromium.screenshot("reports-filtered");

        // then the CSV and Excel downloads hold exactly those rows
        List<List<String>> csv =
                Csv.parse(Files.readString(download("csv", "kudos-detail.csv"), StandardCharsets.UTF_8));
        assertThat(csv).containsExactlyElementsOf(expected("'" + ReportsFixture.FORMULA));
        chromium.screenshot("reports-downloaded");
        List<List<List<String>>> xlsx = Xlsx.read(Files.readAllBytes(download("xlsx", "kudos-detail.xlsx")));
        assertThat(xlsx).hasSize(1);
        assertThat(xlsx.get(0)).containsExactlyElementsOf(expected(ReportsFixture.FORMULA));
    }

    @Test
    public void showsAPeriodThatEndsBeforeItStartsBesideTheField() {
        logIn(ReportsFixture.HR, ReportsFixture.HR);
        WebDriver browser = chromium.driver();
        browser.get(HOST.uri("/plugins/servlet/service-culture/reports/kudos").toString());
        chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sc-reports[data-loaded='true']")));

        setDate("sc-filter-from", "2026-11-02");
        setDate("sc-filter-to", "2026-11-01");
        browser.findElement(By.cssSelector(".sc-reports-show")).click();

        WebElement error = browser.findElement(By.cssSelector(".error[data-field='to']"));
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("The end of the period is before its start.");
        chromium.screenshot("reports-bad-period");
    }

    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) chromium.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private static List<List<String>> expected(String firstMessage) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(ReportsFixture.DETAIL_HEADER);
        // the rows team-finance received: kudos 1 and kudos 2, both to Carol
        rows.addAll(fixture.detailRows(firstMessage).subList(0, 2));
        return rows;
    }

    private Path download(String format, String fileName) {
        WebDriver browser = chromium.driver();
        new Select(browser.findElement(By.id("sc-download-kind"))).selectByValue("detail");
        browser.findElement(By.cssSelector(".sc-download[data-format='" + format + "']"))
                .click();
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".sc-download-progress[data-state='done']")));
        Path file = chromium.downloads().resolve(fileName);
        chromium.waitUpTo(Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file) && !partial(file));
        return file;
    }

    private boolean partial(Path file) {
        return Files.exists(file.resolveSibling(file.getFileName() + ".crdownload"));
    }

    private void logIn(String user, String password) {
        chromium.logIn(HOST, user, password);
    }
}
