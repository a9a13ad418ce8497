package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.audit.entity.AuditEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A Jira admin exports the configuration, chooses an edited file, previews it and applies it, in a real browser. */
public class ConfigurationAdminBrowserTest {
    private static final String PAGE = "/plugins/servlet/service-culture/admin/config";
    private static final String CONFIG = AccessRules.REST + "/admin/config";

    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void exportsChoosesAFilePreviewsItAndAppliesIt() throws IOException {
        openAdminPage();

        // when the admin follows the export button, the document downloads from the export endpoint
        WebElement export = chromium.driver().findElement(By.cssSelector(".sc-config-export"));
        assertThat(export.getAttribute("href")).endsWith(CONFIG);
        HttpResponse<String> exported = HOST.get(CONFIG, "admin", "admin");
        assertThat(exported.statusCode()).isEqualTo(200);

        // and chooses a copy that adds a value and lowers the weekly allowance, and previews it
        ObjectNode document = (ObjectNode) Json.parse(exported.body());
        document.withArrayProperty("values")
                .addObject()
                .put("id", "listen")
                .put("name", "Listen first")
                .put("description", "")
                .put("active", true);
        document.withObjectProperty("settings").put("weeklyAllowance", 4);
        choose(document.toPrettyString());
        chromium.driver().findElement(By.cssSelector(".sc-config-preview")).click();

        // then the diff names the new value and the changed setting, and nothing has changed yet
        WebElement added = chromium.waitUpTo(Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".sc-config-diff-added[data-section='values']")));
        assertThat(added.getText()).contains("Listen first");
        assertThat(chromium.driver()
                        .findElement(By.cssSelector(".sc-config-diff-changed[data-section='settings']"))
                        .getText())
                .contains("kudos.weeklyAllowance");
        waitForStatus("Nothing has changed yet.");
        assertThat(HOST.get(AccessRules.REST + "/values", "alice", "alice").body())
                .doesNotContain("Listen first");
        chromium.screenshot("config-admin-preview");

        // when the admin applies it
        chromium.driver().findElement(By.cssSelector(".sc-config-apply")).click();

        // then the value is offered to everyone, the allowance is set, and the import is in the audit log
        waitForStatus("The configuration was applied.");
        assertThat(HOST.get(AccessRules.REST + "/values", "alice", "alice").body())
                .contains("Listen first");
        assertThat(Json.parse(HOST.get(CONFIG, "admin", "admin").body())
                        .path("settings")
                        .path("weeklyAllowance")
                        .asInt())
                .isEqualTo(4);
        assertThat(HOST.host().audit().latest())
                .extracting(AuditEvent::getActionI18nKey)
                .contains("service-culture.audit.config.imported");
        chromium.screenshot("config-admin-applied");
    }

    @Test
    public void showsAFilesErrorsWithTheirJsonPaths() throws IOException {
        openAdminPage();

        // when
        choose("{\"formatVersion\": 9}");
        chromium.driver().findElement(By.cssSelector(".sc-config-preview")).click();

        // then
        WebElement errors = chromium.waitUpTo(Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-config-errors")));
        assertThat(errors.getText())
                .contains("$.formatVersion: This app reads configuration documents of format version 1 only.")
                .contains("$.calendars: $.calendars is required.");
        assertThat(chromium.driver()
                        .findElement(By.cssSelector(".sc-config-apply"))
                        .isDisplayed())
                .isFalse();
        chromium.screenshot("config-admin-refused");
    }

    @Test
    public void setsTheRetentionLimit() {
        openAdminPage();

        // when
        WebElement months = chromium.driver().findElement(By.id("sc-retention-months"));
        months.clear();
        months.sendKeys("18");
        months.submit();

        // then
        waitForStatus("Retention saved.");
        assertThat(Json.parse(HOST.get(CONFIG + "/retention", "admin", "admin").body())
                        .path("months")
                        .asInt())
                .isEqualTo(18);
    }

    private void choose(String text) throws IOException {
        Path file = folder.newFile("service-culture-config.json").toPath();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        chromium.driver()
                .findElement(By.id("sc-config-file"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private void waitForStatus(String text) {
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sc-config-status"), text));
    }

    private void openAdminPage() {
        WebDriver browser = chromium.driver();
        chromium.logIn(HOST, "admin", "admin");
        browser.get(HOST.uri(PAGE).toString());
        // the page has loaded once the retention field shows the current limit
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("sc-retention-months"))
                .getAttribute("value")
                .isEmpty());
    }
}
