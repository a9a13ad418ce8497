package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.audit.entity.AuditEvent;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A Jira admin sets up the people directory on the app's admin page in a real browser. */
public class PeopleAdminBrowserTest {
    private static final String PAGE = "/plugins/servlet/service-culture/admin/people";

    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void marksATeamAndNamesItsLead() {
        openAdminPage();

        // when the admin marks team-it as a team and names Alice its lead
        WebElement group = chromium.driver().findElement(By.id("sc-mark-group"));
        group.sendKeys("team-it");
        group.submit();
        WebElement leads = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".sc-people-teams input[aria-label='team-it']")));
        leads.sendKeys("alice");
        leads.findElement(By.xpath("../../td[3]/button[1]")).click();
        waitForStatus("Saved.");

        // then the directory has the team with its lead, and the audit log says who changed what
        assertThat(HOST.get(AccessRules.REST + "/teams", "admin", "admin").body())
                .contains("team-it")
                .contains("alice");
        assertThat(HOST.host().audit().latest())
                .extracting(AuditEvent::getActionI18nKey)
                .contains("service-culture.audit.people.team-marked", "service-culture.audit.people.team-leads-set");
        chromium.screenshot("people-admin-team-marked");
    }

    @Test
    public void listsEveryBadRowOfAReportingLineFileAndImportsNothingUntilItIsClean() throws IOException {
        openAdminPage();

        // when the admin uploads a file with an unknown manager on line 3
        upload("user,manager\ncarol,alice\ndave,nobody\n");

        // then the page names the line, and no reporting line was stored
        WebElement errors = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-people-errors")));
        assertThat(errors.getText()).contains("Line 3").contains("nobody");
        assertThat(HOST.get(AccessRules.REST + "/people/me", "carol", "carol").body())
                .doesNotContain("JIRAUSER10100");
        chromium.screenshot("people-admin-import-refused");

        // when the corrected file is uploaded
        upload("user,manager\ncarol,alice\n");

        // then it is imported
        waitForStatus("Reporting lines imported: 1");
        assertThat(chromium.driver()
                        .findElement(By.cssSelector(".sc-people-errors"))
                        .isDisplayed())
                .isFalse();
        assertThat(HOST.get(AccessRules.REST + "/people/me", "carol", "carol").body())
                .contains("JIRAUSER10100");
    }

    private void upload(String csv) throws IOException {
        Path file = folder.newFile().toPath();
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        WebElement input = chromium.driver().findElement(By.id("sc-import-file"));
        input.sendKeys(file.toAbsolutePath().toString());
        input.submit();
    }

    private void waitForStatus(String text) {
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sc-people-status"), text));
    }

    private void openAdminPage() {
        WebDriver browser = chromium.driver();
        chromium.logIn(HOST, "admin", "admin");
        browser.get(HOST.uri(PAGE).toString());
        // the page has loaded its settings once the HR group field is filled in
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("sc-hr-group"))
                .getAttribute("value")
                .isEmpty());
    }
}
