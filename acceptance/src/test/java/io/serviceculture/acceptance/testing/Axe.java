package io.serviceculture.acceptance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (fetched from npm into {@code target/test-classes/axe} by {@code src/build/fetch-axe.sh}) on the
 * page the browser shows, against WCAG 2.1 A and AA, and fails on every serious or critical violation.
 */
public final class Axe {
    /** The impacts that fail a test; minor and moderate findings are reported by axe but tolerated here. */
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(arguments[0] ? document.querySelector(arguments[0]) : document,"
            + " {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']})"
            + ".then(function (r) { done(r.violations.map(function (v) { return {"
            + "id: v.id, impact: v.impact || '', help: v.help,"
            + "nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || ''); })"
            + "}; })); })"
            + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]); });";

    private static volatile @Nullable String source;

    private Axe() {}

    /** Checks the whole page. */
    public static void assertNoSeriousViolations(WebDriver driver, String what) {
        assertNoSeriousViolations(driver, what, null);
    }

    /** Checks the part of the page a CSS selector picks (for a dialog or panel), or the whole page when null. */
    public static void assertNoSeriousViolations(WebDriver driver, String what, @Nullable String selector) {
        assertThat(seriousViolations(driver, selector))
                .as("serious or critical accessibility violations on %s", what)
                .isEmpty();
    }

    /** Each serious or critical violation as one line: rule, impact, help and the elements it found. */
    public static List<String> seriousViolations(WebDriver driver, @Nullable String selector) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeSource());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript(RUN, selector);
        List<String> lines = new ArrayList<>();
        for (Object item : (List<?>) Objects.requireNonNull(result)) {
            Map<?, ?> violation = (Map<?, ?>) item;
            if (FAILING_IMPACTS.contains(String.valueOf(violation.get("impact")))) {
                lines.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " at "
                        + violation.get("nodes"));
            }
        }
        return lines;
    }

    private static String axeSource() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "axe/axe.min.js is not on the test classpath; the build fetches it with src/build/fetch-axe.sh");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
