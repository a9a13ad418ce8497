package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A person gives kudos in a real browser, as they would in Jira; each subclass runs it on one database. */
public abstract class KudosBrowserContract {

    /** The running host, fresh for the subclass. */
    protected abstract RunningHost host();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    public void givesKudosOnAProfileAndSeesItInTheRecognitionFeed() {
        WebDriver browser = chromium.driver();
        logIn("alice", "alice");

        // when Alice opens Carol's profile and gives kudos from the panel
        WebElement dialog = openGiveKudosDialogOnProfileOf("carol");
        new Select(dialog.findElement(By.id("sc-kudos-value"))).selectByValue("own-it");
        dialog.findElement(By.id("sc-kudos-message")).sendKeys("Thank you for the <b>fast</b> month-end close!");
        chromium.screenshot(shotName("kudos-dialog"));
        dialog.findElement(By.cssSelector(".sc-give-kudos-submit")).click();

        // then the profile shows it, and so does the Recognition feed, as text, not markup
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-kudos-panel .sc-kudos-list"), "month-end close"));
        browser.get(host().uri("/plugins/servlet/service-culture/recognition").toString());
        WebElement item = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-kudos-feed .sc-kudos-item")));
        assertThat(item.getText())
                .contains("Alice Archer")
                .contains("Carol Clerk")
                .contains("Thank you for the <b>fast</b> month-end close!");
        assertThat(item.findElements(By.tagName("b"))).isEmpty();
        chromium.screenshot(shotName("kudos-recognition-feed"));
    }

    @Test
    public void keepsWhatWasTypedAndSaysWhyWhenGivingFails() {
        // given the admin has used the whole weekly allowance
        for (int i = 0; i < 10; i++) {
            host().send(host().request(AccessRules.REST + "/kudos", "admin", "admin")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(
                            Map.of("receivers", List.of("carol"), "value", "own-it", "message", "Thanks " + i))))
                    .build());
        }
        logIn("admin", "admin");

        // when the admin tries once more from Carol's profile
        WebElement dialog = openGiveKudosDialogOnProfileOf("carol");
        dialog.findElement(By.id("sc-kudos-message")).sendKeys("An eleventh thank-you");
        dialog.findElement(By.cssSelector(".sc-give-kudos-submit")).click();

        // then the dialog stays open, explains, and keeps the message
        WebElement error = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-give-kudos-error")));
        assertThat(error.getText()).contains("10");
        assertThat(dialog.findElement(By.id("sc-kudos-message")).getAttribute("value"))
                .isEqualTo("An eleventh thank-you");
        chromium.screenshot(shotName("kudos-allowance-reached"));
    }

    /** Screenshots are named for the database they were taken on, so both runs keep theirs. */
    private String shotName(String what) {
        return what + "-"
                + getClass()
                        .getSimpleName()
                        .replace("KudosBrowserOn", "")
                        .replace("Test", "")
                        .toLowerCase(java.util.Locale.ROOT);
    }

    /** Opens a profile, clicks "Give kudos" in its panel, and waits until the dialog has its values. */
    private WebElement openGiveKudosDialogOnProfileOf(String userName) {
        chromium.driver()
                .get(host().uri("/secure/ViewProfile.jspa?name=" + userName).toString());
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".sc-kudos-panel .sc-give-kudos")))
                .click();
        WebElement dialog = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-give-kudos-dialog")));
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> !new Select(d.findElement(By.id("sc-kudos-value")))
                .getOptions()
                .isEmpty());
        return dialog;
    }

    private void logIn(String user, String password) {
        chromium.logIn(host(), user, password);
    }
}
