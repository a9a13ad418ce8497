package io.serviceculture.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.HeadlessChromium;
import io.serviceculture.acceptance.testing.TeamClocksDemo;
import io.serviceculture.standalone.testing.RunningHost;
import java.time.Duration;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The team clocks on the issue view, in headless Chromium, on the demo's FAC-19: created unassigned, taken by
 * team-facilities, handed to team-finance, resolved (hand-worked in TeamClocksRestTest).
 */
public class TeamClocksBrowserTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeClass
    public static void teamsMarkedAndAResolutionClockOnEveryProject() throws Exception {
        TeamClocksDemo.setUp(HOST);
    }

    @Test
    public void theIssuePanelShowsEachTeamsClockAndTheGapOnAnIssueThatCrossedTeams() {
        // given
        chromium.logIn(HOST, "admin", "admin");

        // when the admin opens FAC-19
        chromium.driver().get(HOST.uri("/browse/FAC-19").toString());
        WebElement clock = chromium.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".sc-sla-panel [data-clock='service/resolution']")));
        WebElement teams = chromium.waitUpTo(Duration.ofSeconds(45))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                        clock, By.cssSelector(".sc-sla-teams[data-loaded='true']")));

        // then a table with headers shows each team's owned working time in words and numbers, and the gap
        WebElement table = teams.findElement(By.cssSelector("table.sc-sla-teams-table"));
        assertThat(table.findElement(By.tagName("caption")).getText()).isEqualTo("Working time by owning team");
        assertThat(table.findElements(By.cssSelector("thead th")))
                .extracting(WebElement::getText)
                .containsExactly("Team", "Owned working time", "Share of the clock", "Explain");
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows)
                .extracting(row -> row.findElement(By.cssSelector("th[scope=row]"))
                                .getText() + " | "
                        + row.findElement(By.cssSelector(".sc-sla-team-owned")).getText() + " | "
                        + row.findElement(By.cssSelector(".sc-sla-team-share")).getText())
                .containsExactly(
                        "team-facilities | 7 h 40 min | 54%",
                        "team-finance | 0 h 20 min | 2%",
                        "Nobody owned it (unassigned, or an assignee in no team) | 6 h 12 min | 44%");
        assertThat(table.findElement(By.cssSelector("tfoot")).getText()).contains("Counted in all", "14 h 12 min");
        ((JavascriptExecutor) chromium.driver()).executeScript("arguments[0].scrollIntoView(true);", table);
        chromium.screenshot("team-clocks-fac-19");

        // when the admin explains the clock as team-finance's
        rows.get(1).findElement(By.cssSelector(".sc-sla-team-explain")).click();
        WebElement box = chromium.waitUpTo(Duration.ofSeconds(45))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                        clock, By.cssSelector(".sc-sla-explain[data-team='team-finance'][data-loaded='true']")));

        // then facilities' Friday says who owned it, and the total is finance's own 20 minutes
        assertThat(box.findElement(By.cssSelector("tr.sc-sla-interval-owned_by_another_team"))
                        .getText())
                .contains("Not counted for this team: team-facilities owned the issue");
        assertThat(box.findElement(By.cssSelector("tr.sc-sla-interval-owned_by_nobody"))
                        .getText())
                .contains("Not counted for this team: nobody owned the issue");
        assertThat(box.findElement(By.tagName("caption")).getText()).contains("team-finance owned it for 0 h 20 min");
        ((JavascriptExecutor) chromium.driver()).executeScript("arguments[0].scrollIntoView(true);", box);
        chromium.screenshot("team-clocks-fac-19-finance");
    }
}
