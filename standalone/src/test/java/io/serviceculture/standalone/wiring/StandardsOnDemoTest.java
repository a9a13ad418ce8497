package io.serviceculture.standalone.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.standalone.jira.HostIssue;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;

/** The demo (real Jira exports and synthetic issues) runs the app's standards: clocks by REST and on the page. */
public class StandardsOnDemoTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withDemo();

    /** An issue of a project only HR, leadership or finance may browse, which hanna (HR) may and ivan (IT) may not. */
    private static String restrictedIssueKey() {
        return HOST.host().jira().issues().stream()
                .filter(i -> Set.of("PEOPLE", "FIN").contains(i.projectKey()))
                .map(HostIssue::key)
                .findFirst()
                .orElseThrow();
    }

    @Test
    public void servesClocksAndTheClocksPanelToWhoMayBrowseTheIssue() {
        // given
        String key = restrictedIssueKey();

        // when
        HttpResponse<String> clocks = HOST.get("/rest/service-culture/1.0/issue/" + key + "/clocks", "hanna", "hanna");
        HttpResponse<String> page = HOST.login("hanna", "hanna").get("/browse/" + key);

        // then
        assertThat(clocks.statusCode()).isEqualTo(200);
        assertThat(clocks.body()).contains("\"issueKey\":\"" + key + "\"", "\"clocks\":[");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"sc-sla-panel\"", "data-issue-key=\"" + key + "\"");
    }

    @Test
    public void hidesTheClocksFromWhoMayNotBrowseTheIssue() {
        // when
        HttpResponse<String> clocks =
                HOST.get("/rest/service-culture/1.0/issue/" + restrictedIssueKey() + "/clocks", "ivan", "ivan");

        // then
        assertThat(clocks.statusCode()).isEqualTo(404);
    }
}
