package io.serviceculture.acceptance.browser;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.AccountabilityDemo;
import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * People who use only a keyboard: after logging in, every step is a key press sent to whatever has the focus,
 * never a click, so a control that cannot be reached or used with keys fails the test.
 */
public class KeyboardBrowserTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    private static final String PERIOD = "from=2021-11-24&to=2026-11-22";

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeClass
    public static void markTheTeamsAndRebuild() throws Exception {
        AccountabilityDemo.markTeamsAndRebuild(HOST);
    }

    @Test
    public void givesKudosWithTheKeyboardAlone() {
        // given Ivan on the Recognition page
        logIn("ivan");
        chromium.driver()
                .get(HOST.uri("/plugins/servlet/service-culture/recognition").toString());

        // when he tabs to "Give kudos" and presses Enter
        tabUntil(e -> classOf(e).contains("sc-give-kudos"));
        press(Keys.ENTER);
        WebElement dialog = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-give-kudos-dialog")));
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#sc-kudos-value option"))
                .isEmpty());

        // and, with the focus in the receiver field, types a name, arrows to the suggestion and takes it
        assertThat(active().getAttribute("id")).isEqualTo("sc-kudos-receiver");
        type("Priya");
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-kudos-suggestion")));
        press(Keys.ARROW_DOWN);
        assertThat(active().getAttribute("aria-activedescendant")).isEqualTo("sc-kudos-suggestion-0");
        press(Keys.ENTER);
        chromium.waitUpTo(Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sc-kudos-chip")));

        // and tabs to the value, picks the second one with an arrow key, tabs to the message and types it
        tabUntil(e -> "sc-kudos-value".equals(e.getAttribute("id")));
        press(Keys.ARROW_DOWN);
        String value = active().getAttribute("value");
        tabUntil(e -> "sc-kudos-message".equals(e.getAttribute("id")));
        type("Thanks for walking me through the VPN set-up, all by phone");
        chromium.screenshot("keyboard-kudos-dialog");

        // and tabs to "Send kudos" and presses Enter
        tabUntil(e -> classOf(e).contains("sc-give-kudos-submit"));
        press(Keys.ENTER);

        // then the dialog closes and Priya has the kudos, for the value he chose
        chromium.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(dialog));
        JsonNode received = Json.parse(HOST.get(REST + "/kudos?receiver=user:priya", "ivan", "ivan")
                        .body())
                .path("kudos");
        assertThat(received)
                .filteredOn(k ->
                        k.path("message").asText().equals("Thanks for walking me through the VPN set-up, all by phone"))
                .singleElement()
                .satisfies(k -> {
                    assertThat(k.path("value").path("id").asText()).isEqualTo(value);
                    assertThat(k.path("receivers").get(0).path("displayName").asText())
                            .isEqualTo("Priya Nair");
                });
    }

    @Test
    public void closesTheKudosDialogWithEscape() {
        // given the dialog opened with the keyboard
        logIn("ivan");
        chromium.driver()
                .get(HOST.uri("/plugins/servlet/service-culture/recognition").toString());
        tabUntil(e -> classOf(e).contains("sc-give-kudos"));
        press(Keys.ENTER);
        WebElement dialog = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-give-kudos-dialog")));

        // when
        press(Keys.ESCAPE);

        // then
        chromium.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(dialog.isDisplayed()).isFalse();
    }

    @Test
    public void movesAroundTheAccountabilityMatrixWithArrowsAndOpensACellWithEnter() {
        // given Ivan on the matrix
        logIn("ivan");
        chromium.driver()
                .get(HOST.uri("/plugins/servlet/service-culture/accountability?" + PERIOD)
                        .toString());
        chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(
                        By.cssSelector(".sc-acc-matrix .sc-acc-cell"), 1));

        // when he tabs into the first cell and moves with the arrow keys
        tabUntil(e -> classOf(e).contains("sc-acc-cell"));
        List<String> visited = new ArrayList<>();
        visited.add(cellOf(active()));
        for (Keys key : List.of(Keys.ARROW_RIGHT, Keys.ARROW_DOWN, Keys.ARROW_LEFT, Keys.ARROW_UP)) {
            press(key);
            visited.add(cellOf(active()));
        }

        // then the focus stays on cells and leaves the first one
        assertThat(classOf(active())).contains("sc-acc-cell");
        assertThat(visited.stream().distinct().count()).isGreaterThan(1);

        // and Enter opens the focused cell's drill-down, with the focus on its heading
        String provider = active().getAttribute("data-provider");
        press(Keys.ENTER);
        WebElement title = chromium.waitUpTo(Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-acc-drill-title")));
        chromium.waitUpTo(Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> title.getText().contains(provider));
        assertThat(active().getAttribute("id")).isEqualTo("sc-acc-drill-title");
        chromium.screenshot("keyboard-accountability-drilldown");
    }

    private static String classOf(WebElement element) {
        return String.valueOf(element.getAttribute("class"));
    }

    private static String cellOf(WebElement cell) {
        return cell.getAttribute("data-provider") + " -> " + cell.getAttribute("data-client");
    }

    private WebElement active() {
        return chromium.driver().switchTo().activeElement();
    }

    private void press(Keys key) {
        new Actions(chromium.driver()).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(chromium.driver()).sendKeys(text).perform();
    }

    /** Presses Tab until the focused element matches, failing after 80 presses. */
    private void tabUntil(Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = active();
            if (focused != null && wanted.test(focused)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the element; focus is on " + active().getAttribute("outerHTML"));
    }

    private void logIn(String user) {
        chromium.logIn(HOST, user, user);
    }
}
