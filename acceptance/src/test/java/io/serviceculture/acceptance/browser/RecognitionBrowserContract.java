package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.HeadlessChromium;
import java.time.Duration;
import java.util.Locale;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An employee gives kudos from an issue (to two people picked in the dialog) and from a profile; a receiver sees
 * the notice on her next page, and reacts on the Recognition page. Each subclass runs it on one database.
 */
public abstract class RecognitionBrowserContract {

    protected abstract io.serviceculture.standalone.testing.RunningHost host();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    public void givesKudosFromAnIssueAndAProfileAndTheReceiverIsToldAndReacts() {
        WebDriver browser = chromium.driver();
        logIn("alice", "alice");

        // when Alice gives kudos from HELP-1 to Carol and the admin, picked from the search
        browser.get(host().uri("/browse/HELP-1").toString());
        waitUpTo()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".sc-issue-kudos .sc-give-kudos")))
                .click();
        WebElement dialog = openedDialog();
        assertThat(dialog.findElement(By.cssSelector(".sc-give-kudos-issue")).getText())
                .contains("HELP-1");
        pick(dialog, "car", "Carol Clerk");
        pick(dialog, "ada", "Ada Admin");
        new Select(dialog.findElement(By.id("sc-kudos-value"))).selectByValue("one-team");
        dialog.findElement(By.id("sc-kudos-message")).sendKeys("Thanks for untangling HELP-1 together");
        chromium.screenshot(shot("recognition-give-from-issue"));
        dialog.findElement(By.cssSelector(".sc-give-kudos-submit")).click();

        // then the issue panel lists it with both receivers
        waitUpTo()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-issue-kudos .sc-kudos-list"), "untangling HELP-1"));
        assertThat(browser.findElement(By.cssSelector(".sc-issue-kudos .sc-kudos-item"))
                        .getText())
                .contains("Carol Clerk, Ada Admin");
        chromium.screenshot(shot("recognition-issue-panel"));

        // when Alice also thanks Carol from her profile
        browser.get(host().uri("/secure/ViewProfile.jspa?name=carol").toString());
        waitUpTo()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".sc-kudos-panel .sc-give-kudos")))
                .click();
        WebElement profileDialog = openedDialog();
        assertThat(profileDialog.findElement(By.cssSelector(".sc-kudos-chips")).getText())
                .contains("Carol Clerk");
        profileDialog.findElement(By.id("sc-kudos-message")).sendKeys("And for the profile-page thanks");
        profileDialog.findElement(By.cssSelector(".sc-give-kudos-submit")).click();
        waitUpTo()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-kudos-panel .sc-kudos-list"), "profile-page thanks"));
        chromium.screenshot(shot("recognition-give-from-profile"));

        // then Carol, on her next page, is told of both
        browser.get(host().uri("/logout").toString());
        logIn("carol", "carol");
        browser.get(host().uri("/secure/Dashboard.jspa").toString());
        WebElement notice =
                waitUpTo().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-kudos-notice")));
        assertThat(notice.getText())
                .contains("You received 2 new kudos")
                .contains("untangling HELP-1")
                .contains("profile-page thanks");
        chromium.screenshot(shot("recognition-notice"));
        notice.findElement(By.cssSelector(".sc-kudos-notice-dismiss")).click();
        waitUpTo().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".sc-kudos-notice")));

        // and she applauds the issue kudos on the Recognition page, once
        browser.get(host().uri("/plugins/servlet/service-culture/recognition").toString());
        WebElement item = waitUpTo().until(d -> d.findElements(By.cssSelector(".sc-kudos-feed .sc-kudos-item")).stream()
                .filter(e -> e.getText().contains("untangling HELP-1"))
                .findFirst()
                .orElse(null));
        WebElement react = item.findElement(By.cssSelector(".sc-kudos-react"));
        react.click();
        waitUpTo().until(ExpectedConditions.attributeToBe(react, "aria-pressed", "true"));
        assertThat(react.findElement(By.cssSelector(".sc-kudos-reaction-count")).getText())
                .isEqualTo("1");
        chromium.screenshot(shot("recognition-reacted"));
        assertThat(browser.findElements(By.cssSelector(".sc-kudos-notice"))).isEmpty();
    }

    private void pick(WebElement dialog, String typed, String displayName) {
        WebElement input = dialog.findElement(By.id("sc-kudos-receiver"));
        input.sendKeys(typed);
        waitUpTo()
                .until(d -> dialog.findElements(By.cssSelector(".sc-kudos-suggestion")).stream()
                        .filter(e -> e.getText().startsWith(displayName))
                        .findFirst()
                        .orElse(null))
                .click();
        waitUpTo().until(d -> dialog.findElement(By.cssSelector(".sc-kudos-chips"))
                .getText()
                .contains(displayName));
    }

    private WebElement openedDialog() {
        WebElement dialog =
                waitUpTo().until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-give-kudos-dialog")));
        waitUpTo().until(d -> !new Select(d.findElement(By.id("sc-kudos-value")))
                .getOptions()
                .isEmpty());
        return dialog;
    }

    private WebDriverWait waitUpTo() {
        return chromium.waitUpTo(Duration.ofSeconds(10));
    }

    private String shot(String what) {
        return what + "-"
                + getClass()
                        .getSimpleName()
                        .replace("RecognitionBrowserOn", "")
                        .replace("Test", "")
                        .toLowerCase(Locale.ROOT);
    }

    private void logIn(String user, String password) {
        chromium.logIn(host(), user, password);
    }
}
