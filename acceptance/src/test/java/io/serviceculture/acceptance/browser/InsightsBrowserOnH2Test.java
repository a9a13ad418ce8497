package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.ReportsFixture;
import io.serviceculture.standalone.testing.RunningHost;
import java.time.Duration;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** HR opens the Recognition insights from the top navigation and reads the hand-worked figures of the reports' data. */
public class InsightsBrowserOnH2Test {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeClass
    public static void giveKudos() {
        ReportsFixture.install(HOST);
    }

    @Test
    public void hrReadsConcentrationValuesAndTheUnusedValue() {
        WebDriver browser = chromium.driver();
        logIn(ReportsFixture.HR);

        // when Carol (HR) follows the top-navigation link beside the reports, on a screen wide enough that AUI
        // keeps every item in the bar rather than under "More"
        browser.manage().window().setSize(new Dimension(1920, 1000));
        browser.get(HOST.uri("/secure/Dashboard.jspa").toString());
        browser.findElement(By.id("insights-nav")).click();
        WebElement receiving = chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sc-insights-receiving")));

        // then received {1, 2}: 3 kudos, the top person holds 2 of 3, G = 1/6
        assertThat(cells(receiving)).containsExactly("3", "66.7 %", "0.167");
        assertThat(cells(browser.findElement(By.cssSelector(".sc-insights-giving"))))
                .containsExactly("2", "50.0 %", "0.000");
        assertThat(browser.findElement(By.cssSelector(".sc-insights-people-count"))
                        .getText())
                .isEqualTo("0 of 2 people received no kudos in person in this period.");
        assertThat(browser.findElement(By.cssSelector(".sc-insights-unused")).getText())
                .isEqualTo("Raise the bar");
        chromium.screenshot("insights-page");
    }

    @Test
    public void aBadPeriodShowsTheErrorBesideTheForm() {
        logIn(ReportsFixture.HR);
        WebDriver browser = chromium.driver();

        browser.get(HOST.uri("/plugins/servlet/service-culture/insights/recognition?from=2026-12-01&to=2026-11-01")
                .toString());

        assertThat(browser.findElement(By.cssSelector(".sc-insights-error")).getText())
                .isEqualTo("The period must start on or before its last day.");
        chromium.screenshot("insights-bad-period");
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void logIn(String user) {
        chromium.logIn(HOST, user, user);
    }
}
