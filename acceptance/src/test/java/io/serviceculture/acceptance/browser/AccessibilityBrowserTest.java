package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.AccountabilityDemo;
import io.serviceculture.acceptance.testing.Axe;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.testing.RunningHost;
import java.time.Duration;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * axe-core checks every page and panel of the app, on the demo, against WCAG 2.1 A and AA once its data has
 * loaded; a serious or critical violation fails the test and names the rule and the elements. Each page also
 * carries its help link. Screenshots go to {@code target/screenshots/guide-*.png} (the README's user guide uses them).
 */
public class AccessibilityBrowserTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    @ClassRule
    public static final HeadlessChromium CHROMIUM = new HeadlessChromium();

    private static final String SERVLET = "/plugins/servlet/service-culture/";
    private static final String PERIOD = "from=2021-11-24&to=2026-11-22";

    @BeforeClass
    public static void markTheTeamsAndRebuild() throws Exception {
        AccountabilityDemo.markTeamsAndRebuild(HOST);
    }

    @Test
    public void recognitionPageWithItsFeed() {
        open("ivan", SERVLET + "recognition", ".sc-kudos-feed");
        // the feed fills from REST: with kudos, or with the line saying there are none yet
        CHROMIUM.waitUpTo(Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(".sc-kudos-feed > li"))
                .isEmpty());
        checkPage("guide-recognition");
    }

    @Test
    public void giveKudosDialogOpen() {
        open("ivan", SERVLET + "recognition", ".sc-recognition .sc-give-kudos");
        CHROMIUM.driver()
                .findElement(By.cssSelector(".sc-recognition .sc-give-kudos"))
                .click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("sc-give-kudos-dialog")));
        CHROMIUM.waitUpTo(Duration.ofSeconds(10)).until(d -> !new Select(d.findElement(By.id("sc-kudos-value")))
                .getOptions()
                .isEmpty());
        checkPage("guide-kudos-dialog");
    }

    @Test
    public void kudosSettingsPage() {
        open("ivan", SERVLET + "kudos-settings", ".sc-kudos-settings-form");
        checkPage("guide-kudos-settings");
    }

    @Test
    public void profileWithKudosAndCommitmentsPanels() {
        // on his own profile Ivan sees both panels, with the buttons to give kudos and add a commitment
        open("ivan", "/secure/ViewProfile.jspa?name=ivan", ".sc-kudos-panel");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sc-commitments-panel")));
        checkWithoutHelp("guide-profile-panels");
    }

    @Test
    public void issueWithClocksKudosAndRatingPanels() {
        // a resolved issue, viewed by its reporter, shows all three panels
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
        open(reporter, "/browse/" + issue.key(), ".sc-rating-panel");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sc-issue-kudos")));
        checkWithoutHelp("guide-issue-panels");
    }

    @Test
    public void accountabilityMatrixWithADrillDownOpen() {
        open("ivan", SERVLET + "accountability?" + PERIOD, ".sc-acc-matrix .sc-acc-cell");
        checkPage("guide-accountability");
        CHROMIUM.driver()
                .findElement(By.cssSelector(".sc-acc-matrix .sc-acc-cell"))
                .click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-acc-drilldown")));
        checkPage("guide-accountability-drilldown");
    }

    @Test
    public void myTeamsCommitments() {
        open("clara", SERVLET + "commitments/team", ".sc-team-commitments");
        checkPage("guide-my-team");
    }

    @Test
    public void breachList() {
        open("ivan", SERVLET + "breaches", ".sc-std-breaches");
        checkPage("guide-breaches");
    }

    @Test
    public void recognitionReports() {
        open("admin", SERVLET + "reports/kudos", ".sc-reports");
        checkPage("guide-reports");
    }

    @Test
    public void peopleAdministration() {
        open("admin", SERVLET + "admin/people", ".sc-people-admin");
        checkPage("guide-people-admin");
    }

    @Test
    public void standardsAdministration() {
        open("admin", SERVLET + "admin/standards", ".sc-std-admin");
        checkPage("guide-standards-admin");
    }

    /** Logs in as the user (after logging out whoever was in), opens the path and waits for the selector. */
    private static void open(String user, String path, String readySelector) {
        WebDriver browser = CHROMIUM.driver();
        browser.get(HOST.uri("/logout").toString());
        CHROMIUM.logIn(HOST, user, user);
        browser.get(HOST.uri(path).toString());
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readySelector)));
        // scripts fill the page from REST after DOMContentLoaded: let them finish before checking
        CHROMIUM.waitUpTo(Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.cssSelector("[aria-busy=true]")).isEmpty());
    }

    private static void checkPage(String name) {
        assertThat(CHROMIUM.driver().findElements(By.cssSelector("a.sc-help-link[href]")))
                .as("help link on %s", name)
                .hasSize(1);
        checkWithoutHelp(name);
    }

    private static void checkWithoutHelp(String name) {
        CHROMIUM.screenshot(name);
        Axe.assertNoSeriousViolations(CHROMIUM.driver(), name);
    }

    private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return CHROMIUM.waitUpTo(Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(condition);
    }
}
