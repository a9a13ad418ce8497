package io.serviceculture.standalone.jira11;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The Jira 11.3 jar, in the host on Tomcat 10.1, Jersey 3 and Spring 6, does what a person does with it. */
public class Jira11HostBrowserSmokeIT {
    @ClassRule
    public static final Jira11HostProcess HOST = new Jira11HostProcess();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    public void aPersonGivesKudosOnAProfileAndSeesItInTheFeed() {
        WebDriver browser = chromium.driver();
        logIn("ivan", "ivan");

        browser.get(HOST.uri("/secure/ViewProfile.jspa?name=maria").toString());
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".sc-kudos-panel .sc-give-kudos")))
                .click();
        WebElement dialog = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-give-kudos-dialog")));
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> !new Select(d.findElement(By.id("sc-kudos-value")))
                .getOptions()
                .isEmpty());
        dialog.findElement(By.id("sc-kudos-message")).sendKeys("Thanks for the Jira 11 upgrade plan");
        dialog.findElement(By.cssSelector(".sc-give-kudos-submit")).click();
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".sc-kudos-panel .sc-kudos-list"), "Jira 11 upgrade plan"));

        browser.get(HOST.uri("/plugins/servlet/service-culture/recognition").toString());
        WebElement item = chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sc-kudos-feed .sc-kudos-item")));
        assertThat(item.getText()).contains("Thanks for the Jira 11 upgrade plan");
        chromium.screenshot("jira11-host-recognition-feed");
    }

    @Test
    public void restAnswersWithJsonAndRefusesAnonymousCallers() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI values = HOST.uri("/rest/service-culture/1.0/values");
        String basic = Base64.getEncoder().encodeToString("ivan:ivan".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> asIvan = client.send(
                HttpRequest.newBuilder(values)
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous =
                client.send(HttpRequest.newBuilder(values).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(asIvan.statusCode()).isEqualTo(200);
        assertThat(asIvan.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(asIvan.body()).contains("\"id\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private void logIn(String user, String password) {
        WebDriver browser = chromium.driver();
        browser.get(HOST.uri("/login.jsp").toString());
        browser.findElement(By.name("os_username")).sendKeys(user);
        WebElement passwordField = browser.findElement(By.name("os_password"));
        passwordField.sendKeys(password);
        passwordField.submit();
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("login.jsp"));
    }
}
