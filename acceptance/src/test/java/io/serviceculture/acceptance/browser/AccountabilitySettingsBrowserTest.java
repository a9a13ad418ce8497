package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.audit.entity.AuditEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.standalone.testing.RunningHost;
import java.time.Duration;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A Jira admin sets the accountability score's weights and starts a rebuild in a real browser. */
public class AccountabilitySettingsBrowserTest {
    private static final String PAGE = "/plugins/servlet/service-culture/admin/accountability";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    public void savesNewWeightsAndAReopenWindowThenShowsTheRebuildTheyStarted() throws Exception {
        openSettingsPage();

        // when the admin weighs attainment 60 and ratings 0, and widens the reopen window to 21 days
        replace("sc-weight-attainment", "60");
        replace("sc-weight-rating", "0");
        replace("sc-reopen-window", "21");
        chromium.driver().findElement(By.cssSelector(".sc-settings-save")).click();

        // then the page says so, the settings are stored, audited, and the rebuild they started ends
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-settings-saved"), "Settings saved."));
        JsonNode stored = settings();
        assertThat(stored.path("weights").path("attainment").asInt()).isEqualTo(60);
        assertThat(stored.path("weights").path("ownership").asInt()).isEqualTo(20);
        assertThat(stored.path("weights").path("rating").asInt()).isZero();
        assertThat(stored.path("reopenWindowDays").asInt()).isEqualTo(21);
        assertThat(HOST.host().audit().latest())
                .extracting(AuditEvent::getActionI18nKey)
                .contains("service-culture.audit.accountability.settings-changed");
        chromium.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-rebuild-status"), "Rebuilt the figures of"));
        chromium.screenshot("accountability-settings-saved");
    }

    @Test
    public void refusesWeightsThatAreAllZeroAndKeepsTheStoredOnes() throws Exception {
        openSettingsPage();
        JsonNode before = settings();

        // when every weight is set to 0
        for (String component : new String[] {"attainment", "ownership", "reopens", "rating"}) {
            replace("sc-weight-" + component, "0");
        }
        chromium.driver().findElement(By.cssSelector(".sc-settings-save")).click();

        // then the page says why, marks the weights, and nothing changed
        WebElement errors = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-settings-errors")));
        assertThat(errors.getText()).contains("At least one score weight must be above zero.");
        assertThat(chromium.driver().findElement(By.id("sc-weight-attainment")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(settings().path("weights")).isEqualTo(before.path("weights"));
        chromium.screenshot("accountability-settings-refused");
    }

    @Test
    public void asksForANumberInAnEmptyBoxWithoutCallingTheServer() throws Exception {
        openSettingsPage();
        JsonNode before = settings();

        // when the low-confidence box is emptied and the form saved
        chromium.driver().findElement(By.id("sc-low-confidence")).clear();
        chromium.driver().findElement(By.cssSelector(".sc-settings-save")).click();

        // then
        WebElement errors = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-settings-errors")));
        assertThat(errors.getText()).contains("Enter a whole number");
        assertThat(chromium.driver().findElement(By.id("sc-low-confidence")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(settings()).isEqualTo(before);
    }

    /** The stored settings, without the progress of a rebuild an earlier test may have started. */
    private static JsonNode settings() throws Exception {
        ObjectNode settings =
                (ObjectNode) JSON.readTree(HOST.get(AccessRules.REST + "/accountability/settings", "admin", "admin")
                        .body());
        return settings.without("rebuild");
    }

    private void replace(String id, String value) {
        WebElement input = chromium.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void openSettingsPage() {
        WebDriver browser = chromium.driver();
        chromium.logIn(HOST, "admin", "admin");
        browser.get(HOST.uri(PAGE).toString());
        // the page has loaded the settings once the weights are filled in
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("sc-weight-attainment"))
                .getAttribute("value")
                .isEmpty());
    }
}
