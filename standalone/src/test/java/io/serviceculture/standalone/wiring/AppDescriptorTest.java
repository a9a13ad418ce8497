package io.serviceculture.standalone.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.aobridge.AoTablePrefix;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The app's own descriptor and Spring Scanner index, run by the host: every bean builds, every import is bound
 * (or the host would not start), and every servlet, web item and web panel it declares answers.
 */
public class AppDescriptorTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    @Test
    public void declaresTheAppsFixedKeyAndAoNamespace() {
        PluginDescriptor descriptor = HOST.host().plugin().descriptor();

        assertThat(descriptor.key()).isEqualTo("io.serviceculture.jira");
        assertThat(descriptor.aoNamespace()).contains("io.serviceculture.jira");
        assertThat(descriptor.restMounts()).containsKeys("/rest/service-culture/1.0", "/rest/service-culture/latest");
    }

    @Test
    public void createsTheAppsActiveObjectsTablesWithJirasNames() throws SQLException {
        // given
        String prefix = AoTablePrefix.forNamespace("io.serviceculture.jira").value();
        List<String> tables = new ArrayList<>();

        // when
        try (Connection c = HOST.host().database().dataSource().getConnection();
                ResultSet r = c.getMetaData().getTables(null, null, "AO_%", new String[] {"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
        }

        // then: one table or more per <ao> entity, all under the namespace's prefix
        assertThat(tables)
                .hasSizeGreaterThanOrEqualTo(
                        HOST.host().plugin().descriptor().aoEntities().size());
        assertThat(tables).allSatisfy(t -> assertThat(t).startsWith(prefix));
    }

    @Test
    public void servesEveryServletTheDescriptorDeclares() {
        // the admin may open every page and download, admin pages included; who else may is the authorisation matrix's
        // job
        RunningHost.Session admin = HOST.login("admin", "admin");
        for (PluginDescriptor.Servlet servlet :
                HOST.host().plugin().descriptor().servlets()) {
            for (String pattern : servlet.urlPatterns()) {
                HttpResponse<String> page = admin.get("/plugins/servlet" + pattern);

                assertThat(page.statusCode()).as(pattern).isEqualTo(200);
                // a page is decorated with Jira's look; a download (the review pack's PDF) is not a page
                if (page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    assertThat(page.body()).as(pattern).contains("/static/aui/aui-prototyping.css");
                }
            }
        }
    }

    @Test
    public void rendersEveryProfilePanelWithoutAnError() {
        HttpResponse<String> profile = HOST.login("alice", "alice").get("/secure/ViewProfile.jspa?name=carol");

        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).doesNotContain("Error rendering");
        long panels = HOST.host().plugin().descriptor().webPanels().stream()
                .filter(p -> p.location().equals(HostedPlugin.PROFILE_PANELS))
                .count();
        assertThat(profile.body().split("<div class=\"module\">", -1)).hasSize((int) panels + 1);
    }

    @Test
    public void putsEveryTopNavigationItemInTheHeader() {
        // the admin passes every item's condition (HR reports show to HR and admins only)
        HttpResponse<String> dashboard = HOST.login("admin", "admin").get("/secure/Dashboard.jspa");

        HOST.host().plugin().descriptor().webItems().stream()
                .filter(i -> i.section().equals(HostedPlugin.TOP_NAVIGATION))
                .forEach(i -> assertThat(dashboard.body()).contains("id=\"" + i.key() + "\""));
    }
}
