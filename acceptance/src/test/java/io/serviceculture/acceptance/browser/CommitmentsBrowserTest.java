package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.CommitmentsScenario;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.standalone.testing.RunningHost;
import java.time.Duration;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The done-when of issue #10 in a real browser: alice, carol's manager, adds carol's first-response commitment on
 * carol's profile, signs it off and checks in; the panel shows the attainment recorded from carol's issues (2 of 3,
 * 66.7 %), and alice's "My team" page lists it. Admin, who neither manages carol nor is HR, sees no panel.
 */
public class CommitmentsBrowserTest {
    @ClassRule
    public static final RunningHost HOST = CommitmentsScenario.host();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeClass
    public static void carolAnswersUnderAStandard() {
        CommitmentsScenario.setUp(HOST);
        CommitmentsScenario.carolAnswersHerIssues(HOST);
    }

    @Test
    public void aManagerAddsSignsOffAndChecksInOnAProfileAndSeesItOnTheTeamPage() {
        WebDriver browser = chromium.driver();
        logIn("alice", "alice");

        // when alice adds the commitment on carol's profile
        browser.get(HOST.uri("/secure/ViewProfile.jspa?name=carol").toString());
        clickWhenReady(".sc-commitments-panel .sc-commitment-add");
        WebElement dialog = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-commitment-dialog")));
        dialog.findElement(By.id("sc-commitment-text")).sendKeys(CommitmentsScenario.TEXT);
        new Select(dialog.findElement(By.id("sc-commitment-measure"))).selectByValue("STANDARD_ATTAINMENT");
        dialog.findElement(By.id("sc-commitment-value")).sendKeys("95");
        dialog.findElement(By.id("sc-commitment-standard")).sendKeys(CommitmentsScenario.STANDARD);
        dialog.findElement(By.id("sc-commitment-metric")).sendKeys("first-response");
        chromium.screenshot("commitments-add-dialog");
        dialog.findElement(By.cssSelector(".sc-commitment-submit")).click();

        // then the panel shows it with carol's attainment: 2 of 3 first responses met this quarter, in Alice's
        // German ("Off track", "Not signed off yet")
        assertThat(textOf(".sc-commitments-panel .sc-commitment", CommitmentsScenario.TEXT))
                .contains(CommitmentsScenario.TEXT)
                .contains("66.7 %")
                .containsIgnoringCase("Nicht im Plan")
                .contains("Noch nicht abgezeichnet");

        // when alice signs it off and checks in
        clickWhenReady("button.sc-commitment-sign-off");
        chromium.waitUpTo(Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-commitment-signed"), "Abgezeichnet von Alice Archer"));
        clickWhenReady(".sc-commitment-check-in-open");
        WebElement checkIn = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-check-in-dialog")));
        checkIn.findElement(By.id("sc-check-in-note")).sendKeys("Talked about the <b>old</b> ticket");
        checkIn.findElement(By.cssSelector(".sc-check-in-submit")).click();

        // then the last check-in is shown, as text
        // the panel redraws after the check-in, so an element found a moment ago may be gone: look again
        chromium.waitUpTo(Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-commitment-check-in"), "Talked about the <b>old</b> ticket"));
        WebElement panel = waitFor(".sc-commitments-panel");
        assertThat(panel.findElements(By.cssSelector(".sc-commitment-check-in b")))
                .isEmpty();
        assertThat(panel.findElement(By.tagName("progress")).getAttribute("value"))
                .isEqualTo("70");
        chromium.screenshot("commitments-profile-panel");

        // and alice's team page lists it
        browser.get(
                HOST.uri("/plugins/servlet/service-culture/commitments/team").toString());
        assertThat(textOf(".sc-team-table .sc-team-row", "Carol Clerk"))
                .contains("Carol Clerk", CommitmentsScenario.TEXT, "66.7 %");
        browser.findElement(By.cssSelector(".sc-sort[data-column='3']")).click();
        assertThat(browser.findElement(By.xpath("//th[.//button[@data-column='3']]"))
                        .getAttribute("aria-sort"))
                .isEqualTo("ascending");
        chromium.screenshot("commitments-team-page");
    }

    @Test
    public void anUnrelatedUserSeesNoCommitmentsPanel() {
        // given carol has a private commitment
        CommitmentsScenario.post(
                HOST,
                "carol",
                CommitmentsScenario.REST + "/commitments",
                CommitmentsScenario.firstResponseCommitment());
        logIn("admin", "admin");

        // when
        chromium.driver().get(HOST.uri("/secure/ViewProfile.jspa?name=carol").toString());
        waitFor("body");

        // then
        assertThat(chromium.driver().findElements(By.cssSelector(".sc-commitments-panel")))
                .isEmpty();
        assertThat(chromium.driver().getPageSource()).doesNotContain(CommitmentsScenario.TEXT);
    }

    /** The element's text once it shows {@code expected}; the page reloads after each change, so look it up afresh. */
    private String textOf(String css, String expected) {
        return chromium.waitUpTo(Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(By.cssSelector(css)).getText();
                    return text.contains(expected) ? text : null;
                });
    }

    private WebElement waitFor(String css) {
        return chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void clickWhenReady(String css) {
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
                .click();
    }

    private void logIn(String user, String password) {
        chromium.logIn(HOST, user, password);
    }
}
