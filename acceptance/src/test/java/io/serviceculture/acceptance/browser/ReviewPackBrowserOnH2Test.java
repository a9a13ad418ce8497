package io.serviceculture.acceptance.browser;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.acceptance.testing.ReviewPackScenario;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Alice opens her review pack from her profile: her commitment and the kudos Carol gave her, as a printable page and
 * as a PDF; and Alice, Carol's manager, opens the issues behind Carol's figure ({@link ReviewPackScenario}).
 */
public class ReviewPackBrowserOnH2Test {
    private static final String THANKS = "Danke für die Hilfe, Zoë Łukasiewicz!";

    @ClassRule
    public static final RunningHost HOST = ReviewPackScenario.host();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeClass
    public static void givenACommitmentAndAKudos() {
        ReviewPackScenario.setUp(HOST);
        post(
                "alice",
                REST + "/commitments",
                Map.of(
                        "text",
                        "Give kudos every week",
                        "target",
                        Map.of("type", "MEASURED", "measure", "KUDOS_GIVEN", "value", 12)));
        post(
                "carol",
                REST + "/kudos",
                Map.of("receivers", List.of("alice"), "value", "own-it", "message", THANKS, "visibility", "PUBLIC"));
    }

    @Test
    public void alicePrintsHerReviewPackFromHerProfile() {
        WebDriver browser = chromium.driver();
        logIn("alice");

        // when Alice follows the link on her profile
        browser.get(HOST.uri("/secure/ViewProfile.jspa?name=alice").toString());
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".sc-review-link a")))
                .click();
        WebElement pack = chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sc-review")));

        // then the pack shows her commitment, not yet signed off, and Carol's kudos (Alice reads Jira in German)
        assertThat(pack.findElement(By.cssSelector(".sc-review-commitment h3")).getText())
                .isEqualTo("Give kudos every week");
        assertThat(pack.findElement(By.cssSelector(".sc-review-sign-off")).getText())
                .isEqualTo("Noch nicht abgezeichnet.");
        assertThat(pack.findElement(By.cssSelector(".sc-review-kudos-list li")).getText())
                .contains("Carol Clerk")
                .contains(THANKS);
        chromium.screenshot("review-pack");

        // and its PDF link gives the same pack as a PDF
        String pdf = pack.findElement(By.cssSelector(".sc-review-pdf")).getAttribute("href");
        HttpResponse<byte[]> download = HOST.client()
                .sendAsync(
                        HttpRequest.newBuilder(java.net.URI.create(pdf))
                                .header("Authorization", RunningHost.basic("alice", "alice"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .join();
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(download.body(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    public void aManagerOpensTheIssuesBehindAFigureAndSeesOnlyThoseSheMayBrowse() {
        WebDriver browser = chromium.driver();
        logIn("alice");

        // when Alice opens Carol's pack and the issues behind Carol's attainment
        browser.get(HOST.uri("/plugins/servlet/service-culture/review-pack?user=carol")
                .toString());
        WebElement commitment = chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sc-review-commitment")));
        assertThat(commitment.findElement(By.tagName("h3")).getText()).isEqualTo(ReviewPackScenario.TEXT);
        WebElement section = commitment.findElement(By.cssSelector("details.sc-review-issues"));
        assertThat(section.getAttribute("open")).isNull();
        WebElement summary = section.findElement(By.tagName("summary"));
        assertThat(summary.getText())
                .isEqualTo("Vorg\u00e4nge hinter dieser Zahl: 3 gez\u00e4hlt, 1 nicht gez\u00e4hlt");
        summary.click();

        // then the counted issues she may browse are listed with their part, FIN-301 only as a number
        WebElement counted = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOf(section.findElement(By.cssSelector(".sc-review-counted"))));
        List<String> keys = counted.findElements(By.cssSelector(".sc-review-issue-key")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(keys).containsExactlyInAnyOrder("HELP-301", "HELP-302");
        assertThat(counted.findElement(By.cssSelector(".sc-review-hidden")).getText())
                .isEqualTo("1 Vorgang, den Sie nicht sehen k\u00f6nnen");
        // and the issue left out, with the reason
        WebElement excluded = section.findElement(By.cssSelector(".sc-review-excluded"));
        assertThat(excluded.findElement(By.cssSelector(".sc-review-issue-key")).getText())
                .isEqualTo("HELP-303");
        assertThat(excluded.findElement(By.cssSelector(".sc-review-issue-part")).getText())
                .isEqualTo("Nicht vom Servicestandard dieser Zusage erfasst");
        assertThat(section.getText()).doesNotContain("FIN-301");
        chromium.screenshot("review-pack-issues");
    }

    @Test
    public void aColleagueIsToldThereIsNoSuchPack() {
        HttpResponse<String> response =
                HOST.get("/plugins/servlet/service-culture/review-pack?user=alice", "carol", "carol");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private static void post(String user, String path, Map<String, ?> body) {
        HttpResponse<String> response = HOST.send(HOST.request(path, user, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private void logIn(String user) {
        chromium.logIn(HOST, user, user);
    }
}
