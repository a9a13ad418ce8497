package io.serviceculture.acceptance.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.standalone.testing.RunningHost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Hostile text in every field, then every page and panel of the app opened in headless Chromium by the people who
 * see it: no dialog opens ({@code alert}, {@code confirm} and {@code prompt} are trapped before any page script
 * runs), no injected element or attribute exists ({@code img[onerror]}, a {@code script} holding the payload, a
 * {@code javascript:} link, an element with {@code src=x}), and the text is shown literally where the page shows
 * the field.
 */
public class HostileTextBrowserTest {
    @ClassRule
    public static final RunningHost HOST = HostileText.host();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    private static final String TRAP = "window.__xss = [];"
            + "['alert', 'confirm', 'prompt'].forEach(function (name) {"
            + "  window[name] = function (m) { window.__xss.push(name + '(' + m + ')'); };"
            + "});";

    /** What the page holds that hostile text could have put there, and every trapped dialog. */
    private static final String INJECTED = "var found = window.__xss ? window.__xss.slice() : ['no trap'];"
            + "document.querySelectorAll('img[onerror], [onerror], [onload]:not(body)').forEach(function (e) {"
            + "  found.push('handler on ' + e.tagName); });"
            + "document.querySelectorAll('script').forEach(function (s) {"
            + "  if (s.textContent.indexOf('alert(1)') >= 0) { found.push('script ' + s.textContent); } });"
            + "document.querySelectorAll('a[href]').forEach(function (a) {"
            + "  if (/^\\s*javascript:/i.test(a.getAttribute('href'))) { found.push('link ' + a.outerHTML); } });"
            + "document.querySelectorAll('[src=\"x\"]').forEach(function (e) { found.push('src=x on ' + e.tagName); });"
            + "return found;";

    /** Shown wherever a page shows a field: the start of {@link HostileText#ALL} and {@link HostileText#SHORT}. */
    private static final String FIELD = HostileText.MARKER + " " + HostileText.SCRIPT;

    private static final String EVE = "Eve " + HostileText.SCRIPT;

    @BeforeClass
    public static void seedHostileText() {
        HostileText.seed(HOST);
    }

    @Test
    public void alicesPagesShowHostileTextLiterallyAndRunNothing() {
        logIn("alice");
        List<String> problems = new ArrayList<>();
        // Carol's profile: the kudos Alice gave her and the commitment Alice (her manager) set, with its check-in
        problems.addAll(visit("alice-profile-carol", "/secure/ViewProfile.jspa?name=carol", FIELD));
        // HELP-1: the clocks of the hostile standard and the kudos linked to the issue
        problems.addAll(visit("alice-issue", "/browse/HELP-1", FIELD));
        problems.addAll(visit("alice-recognition", "/plugins/servlet/service-culture/recognition", FIELD));
        problems.addAll(visit("alice-team", "/plugins/servlet/service-culture/commitments/team", FIELD));
        problems.addAll(visit("alice-dashboard", "/secure/Dashboard.jspa", null));
        problems.addAll(visit("alice-breaches", "/plugins/servlet/service-culture/breaches", null));
        problems.addAll(visit("alice-accountability", "/plugins/servlet/service-culture/accountability", null));
        problems.addAll(visit("alice-kudos-settings", "/plugins/servlet/service-culture/kudos-settings", null));
        problems.addAll(visit("alice-own-profile", "/secure/ViewProfile.jspa?name=alice", FIELD));

        assertThat(problems).isEmpty();
    }

    @Test
    public void carolsPagesAsHrShowHostileTextLiterallyAndRunNothing() {
        logIn("carol");
        List<String> problems = new ArrayList<>();
        // her rating of HELP-1, with its comment
        problems.addAll(visit("carol-issue", "/browse/HELP-1", FIELD));
        problems.addAll(visit("carol-reports", "/plugins/servlet/service-culture/reports/kudos", null));
        problems.addAll(visit("carol-profile-alice", "/secure/ViewProfile.jspa?name=alice", FIELD));
        problems.addAll(visit("carol-own-profile", "/secure/ViewProfile.jspa?name=carol", FIELD));
        // Eve, whose display name is hostile, thanked Carol
        problems.addAll(visit("carol-own-profile-eve", "/secure/ViewProfile.jspa?name=carol", EVE));
        problems.addAll(visit("eve-profile", "/secure/ViewProfile.jspa?name=eve", EVE));
        problems.addAll(visit("carol-recognition", "/plugins/servlet/service-culture/recognition", FIELD));

        assertThat(problems).isEmpty();
    }

    @Test
    public void theAdminsPagesShowHostileTextLiterallyAndRunNothing() {
        logIn("admin");
        List<String> problems = new ArrayList<>();
        // calendars, holidays and standards with hostile names
        problems.addAll(visit("admin-standards", "/plugins/servlet/service-culture/admin/standards", FIELD));
        // Eve's team, whose Jira group name is hostile
        problems.addAll(visit("admin-people", "/plugins/servlet/service-culture/admin/people", HostileText.GROUP));
        problems.addAll(visit("admin-recognition", "/plugins/servlet/service-culture/recognition", FIELD));
        problems.addAll(visit("admin-issue", "/browse/HELP-1", FIELD));

        assertThat(problems).isEmpty();
    }

    @Test
    public void theDetectorCatchesMarkupThatDoesRun() {
        // given a page where something does inject the payload as markup
        logIn("alice");
        WebDriver browser = chromium.driver();
        browser.get(HOST.uri("/secure/Dashboard.jspa").toString());
        ((JavascriptExecutor) browser)
                .executeScript("document.body.insertAdjacentHTML('beforeend', arguments[0]);", HostileText.IMG);
        sleep();

        // when
        Object found = ((JavascriptExecutor) browser).executeScript(INJECTED);

        // then both the dialog it opened and the element it left are reported
        assertThat(found).isInstanceOf(List.class);
        List<String> reported = ((List<?>) found).stream().map(String::valueOf).toList();
        assertThat(reported).contains("alert(1)", "handler on IMG", "src=x on IMG");
    }

    private void logIn(String user) {
        WebDriver browser = chromium.driver();
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
        chromium.logIn(HOST, user, user);
    }

    /**
     * Opens a page, waits for its scripts to have drawn {@code literal} (when the page shows a hostile field) or for a
     * moment, and reports whatever ran or was injected; the screenshot shows how the text looks.
     */
    private List<String> visit(String name, String path, @Nullable String literal) {
        WebDriver browser = chromium.driver();
        browser.get(HOST.uri(path).toString());
        List<String> problems = new ArrayList<>();
        if (literal != null) {
            try {
                chromium.waitUpTo(Duration.ofSeconds(15))
                        .ignoring(WebDriverException.class)
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), literal));
            } catch (org.openqa.selenium.TimeoutException e) {
                problems.add(name + ": does not show " + literal + " literally");
            }
        } else {
            chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            sleep();
        }
        chromium.screenshot("hostile-" + name);
        Object found = ((JavascriptExecutor) browser).executeScript(INJECTED);
        if (found instanceof List<?> list) {
            list.forEach(item -> problems.add(name + ": " + item));
        }
        return problems;
    }

    /** Pages without the field fetch their data after load; give them the time a person would. */
    private static void sleep() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
