package io.serviceculture.standalone.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.StandaloneHost;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.ClassRule;
import org.junit.Test;

/** The host runs a plugin from its descriptor and Spring Scanner index (the fixture in test resources). */
public class HostedPluginTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.with(
            HostOptions.defaults().withClasspathImport("hostdata").withPluginRoot("fixture-plugin/"));

    private static final String REST = "/rest/fixture/1.0";

    @Test
    public void refusesAnonymousCallersOfAnUnannotatedResourceWith401() {
        // when
        HttpResponse<String> response =
                HOST.send(HOST.anonymous(REST + "/licensed").build());

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"key\":\"service-culture.host.error.unauthorized\"");
    }

    @Test
    public void refusesUsersWithoutApplicationAccessWith403() {
        // when: bob is in no jira-software-users / jira-users group
        HttpResponse<String> response = HOST.get(REST + "/licensed", "bob", "bob");

        // then
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("service-culture.host.error.unlicensed");
    }

    @Test
    public void servesLicensedUsersFromBeansBuiltByConstructorInjectionInTheirLocale() {
        // when: alice's locale is de_DE
        HttpResponse<String> alice = HOST.get(REST + "/licensed", "alice", "alice");
        HttpResponse<String> admin = HOST.get(REST + "/licensed", "admin", "admin");

        // then
        assertThat(alice.statusCode()).isEqualTo(200);
        assertThat(alice.body()).isEqualTo("{\"greeting\":\"Hallo Alice Archer\"}");
        assertThat(admin.body()).isEqualTo("{\"greeting\":\"Hello Ada Admin\"}");
    }

    @Test
    public void mountsEveryRestModuleAtItsVersionAndAtLatest() {
        assertThat(HOST.get("/rest/fixture/latest/licensed", "alice", "alice").statusCode())
                .isEqualTo(200);
    }

    @Test
    public void opensUnrestrictedAndAnonymousSiteAccessResourcesToEveryone() {
        assertThat(HOST.send(HOST.anonymous(REST + "/open").build()).body()).isEqualTo("open");
        assertThat(HOST.send(HOST.anonymous(REST + "/anonymous").build()).body())
                .isEqualTo("anonymous");
    }

    @Test
    public void letsAnyLoggedInUserUseUnlicensedSiteAccess() {
        assertThat(HOST.get(REST + "/unlicensed", "bob", "bob").statusCode()).isEqualTo(200);
        assertThat(HOST.send(HOST.anonymous(REST + "/unlicensed").build()).statusCode())
                .isEqualTo(401);
    }

    @Test
    public void keepsAdminResourcesForAdministrators() {
        assertThat(HOST.get(REST + "/admin", "alice", "alice").statusCode()).isEqualTo(403);
        assertThat(HOST.get(REST + "/admin", "admin", "admin").statusCode()).isEqualTo(200);
        // admin is a Jira administrator but not a system administrator in the test data
        assertThat(HOST.get(REST + "/sysadmin", "admin", "admin").statusCode()).isEqualTo(403);
    }

    @Test
    public void letsAMethodAnnotationOverrideItsClass() {
        assertThat(HOST.send(HOST.anonymous(REST + "/admin/status").build()).body())
                .isEqualTo("up");
    }

    @Test
    public void appliesTheXsrfRuleToRestUnlessTheResourceOptsOut() {
        // when
        HttpResponse<String> plain = HOST.send(HOST.request(REST + "/licensed", "alice", "alice")
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("hi"))
                .build());
        HttpResponse<String> noCheck = HOST.send(HOST.request(REST + "/licensed", "alice", "alice")
                .header("Content-Type", "text/plain")
                .header("X-Atlassian-Token", "no-check")
                .POST(BodyPublishers.ofString("hi"))
                .build());
        HttpResponse<String> json = HOST.send(HOST.request(REST + "/licensed", "alice", "alice")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"a\":\"b\"}"))
                .build());
        HttpResponse<String> webhook = HOST.send(HOST.anonymous(REST + "/webhook")
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("event"))
                .build());

        // then
        assertThat(plain.statusCode()).isEqualTo(403);
        assertThat(plain.body()).contains("XSRF check failed");
        assertThat(noCheck.statusCode()).isEqualTo(200);
        assertThat(noCheck.body()).isEqualTo("{\"received\":\"hi\"}");
        assertThat(json.body()).isEqualTo("{\"a\":\"b\"}");
        assertThat(webhook.statusCode()).isEqualTo(204);
    }

    @Test
    public void answersJerseysOwnRefusalsInTheJsonErrorShape() {
        // when
        HttpResponse<String> missing = HOST.get(REST + "/nothing-here", "alice", "alice");
        HttpResponse<String> wrongType = HOST.send(HOST.request(REST + "/settings", "alice", "alice")
                .header("Content-Type", "application/xml")
                .PUT(BodyPublishers.ofString("<colour/>"))
                .build());

        // then
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"key\":\"service-culture.host.error.not.found\"");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body()).contains("\"key\":\"service-culture.host.error.media.type\"");
    }

    @Test
    public void refusesAFormPostToAJsonResourceAsXsrfNotAsAWrongMediaType() {
        // when
        HttpResponse<String> response = HOST.send(HOST.request(REST + "/settings", "alice", "alice")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(BodyPublishers.ofString("colour=red"))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    public void guardsPluginServletsWithTheSameAccessRules() {
        // when: the fixture's servlets carry no annotation, so they are for licensed users only
        HttpResponse<String> anonymous =
                HOST.send(HOST.anonymous("/plugins/servlet/fixture/page").build());
        HttpResponse<String> bob = HOST.get("/plugins/servlet/fixture/page", "bob", "bob");
        HttpResponse<String> alice = HOST.get("/plugins/servlet/fixture/page", "alice", "alice");

        // then
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login.jsp?os_destination="));
        assertThat(bob.statusCode()).isEqualTo(403);
        assertThat(alice.statusCode()).isEqualTo(200);
    }

    @Test
    public void keepsPluginSettingsInTheDatabase() {
        // when
        HttpResponse<String> put = HOST.send(HOST.request(REST + "/settings", "alice", "alice")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"colour\":\"teal\"}"))
                .build());

        // then
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(HOST.get(REST + "/settings", "carol", "carol").body()).isEqualTo("{\"colour\":\"teal\"}");
    }

    @Test
    public void rendersPluginServletsWithTheAllowlistEnforced() {
        // when
        HttpResponse<String> page = HOST.login("alice", "alice").get("/plugins/servlet/fixture/page");

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<p id=\"title\">Fixture title</p>")
                .contains("<p id=\"secret\">$view.secret</p>", "<p id=\"name\">Alice Archer</p>")
                .doesNotContain("must not render");
    }

    @Test
    public void decoratesPluginPagesThatAskForItWithTheHostsPageAndRequiredResources() {
        // when
        HttpResponse<String> page = HOST.login("alice", "alice").get("/plugins/servlet/fixture/page");

        // then: AUI, the top navigation, the plugin page's head and body, and the resource it required
        assertThat(page.body())
                .contains("<title>Fixture page - ", "/static/aui/aui-prototyping.css", "id=\"home_link\"")
                .contains("<meta name=\"fixture-head\" content=\"kept\">")
                .contains("/download/resources/io.serviceculture.fixture:fixture-base/fixture-base.css")
                .doesNotContain("name=\"decorator\"")
                .containsOnlyOnce("<body");
    }

    @Test
    public void streamsPluginResponsesThatAreNotHtmlUntouched() {
        // when
        HttpResponse<String> export = HOST.login("alice", "alice").get("/plugins/servlet/fixture/export.csv");

        // then
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(export.body()).isEqualTo("a,b\n1,2\n");
    }

    @Test
    public void showsThePluginsWebPanelsAndWebResourcesOnTheProfilePage() {
        // when
        HttpResponse<String> profile = HOST.login("alice", "alice").get("/secure/ViewProfile.jspa?name=bob");

        // then: the panel escapes Bob's name itself; the page lists the resources of its context,
        // dependencies first
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("<p class=\"fixture-panel\">Panel for Bob &lt;Builder&gt;</p>");
        String base = "/download/resources/io.serviceculture.fixture:fixture-base/fixture-base.css";
        String js = "/download/resources/io.serviceculture.fixture:fixture-resources/fixture.js";
        assertThat(profile.body()).contains(base, js);
        assertThat(profile.body().indexOf(base)).isLessThan(profile.body().indexOf(js));
        assertThat(HOST.send(HOST.anonymous(js).build()).body()).contains("fixtureLoaded");
        assertThat(HOST.send(HOST.anonymous("/download/resources/io.serviceculture.fixture:fixture-resources/x.js")
                                .build())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    public void showsIssuePanelsWhoseConditionsHold() {
        // when
        HttpResponse<String> asAlice = HOST.login("alice", "alice").get("/browse/HELP-1");
        HttpResponse<String> asAdmin = HOST.login("admin", "admin").get("/browse/HELP-1");

        // then
        assertThat(asAlice.body())
                .contains(
                        "<p class=\"fixture-issue-panel\">fixture issue panel HELP-1 Fixture page from the provider</p>")
                .doesNotContain("fixture-admin-panel");
        assertThat(asAdmin.body()).contains("fixture-admin-panel");
    }

    @Test
    public void rendersPagesWithoutThePluginsPanelsWhileTheyAreDisabled() {
        // given the plugin's web-panel modules disabled, as Jira's plugin manager disables an app's modules
        HOST.host().plugin().setWebPanelsEnabled(false);
        HttpResponse<String> disabled;
        try {
            // when
            disabled = HOST.login("admin", "admin").get("/browse/HELP-1");
        } finally {
            HOST.host().plugin().setWebPanelsEnabled(true);
        }
        HttpResponse<String> enabled = HOST.login("admin", "admin").get("/browse/HELP-1");

        // then the page is served without any panel, and with them again once enabled
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(disabled.body()).contains("HELP-1").doesNotContain("fixture-issue-panel", "fixture-admin-panel");
        assertThat(enabled.body()).contains("fixture-issue-panel", "fixture-admin-panel");
    }

    @Test
    public void rendersOnlyTheEnabledPanelAndTellsAListenerItsRenderTime() {
        // given only the issue panel enabled, and a listener for panel render times
        List<String> rendered = new CopyOnWriteArrayList<>();
        HOST.host().plugin().setWebPanelsEnabled("issue-panel"::equals);
        HOST.host().plugin().listenToPanels((key, nanos) -> rendered.add(key + (nanos > 0 ? " timed" : "")));
        HttpResponse<String> page;
        try {
            // when the admin, who would also see the admin panel, views an issue
            page = HOST.login("admin", "admin").get("/browse/HELP-1");
        } finally {
            HOST.host().plugin().listenToPanels(null);
            HOST.host().plugin().setWebPanelsEnabled(true);
        }

        // then the page has that panel alone, and the listener heard of it alone
        assertThat(page.body()).contains("fixture-issue-panel").doesNotContain("fixture-admin-panel");
        assertThat(rendered).containsExactly("issue-panel timed");
        assertThat(HOST.host().plugin().panelKeys(HostedPlugin.ISSUE_PANELS))
                .containsExactly("issue-panel", "admin-panel");
    }

    @Test
    public void tellsAListenerEachRequestsServerTime() {
        // given
        List<String> served = new CopyOnWriteArrayList<>();
        HOST.host().serverTiming().listen((method, path, status, nanos) -> {
            if (nanos > 0) {
                served.add(method + " " + path + " " + status);
            }
        });
        try {
            // when
            HOST.get("/browse/HELP-1", "alice", "alice");
        } finally {
            HOST.host().serverTiming().listen(null);
        }

        // then
        assertThat(served).contains("GET /browse/HELP-1 200");
    }

    @Test
    public void putsTheWebItemsInTheTopNavigation() {
        // when
        HttpResponse<String> dashboard = HOST.login("alice", "alice").get("/secure/Dashboard.jspa");

        // then
        assertThat(dashboard.body())
                .contains("id=\"fixture-nav\" href=\"/jira/plugins/servlet/fixture/page\">Fixture page</a>");
    }

    @Test
    public void asksThePluginsOwnConditionsWithTheirParams() {
        // when: carol is in team-finance, alice is not
        String carol =
                HOST.login("carol", "carol").get("/secure/Dashboard.jspa").body();
        String alice =
                HOST.login("alice", "alice").get("/secure/Dashboard.jspa").body();

        // then
        assertThat(carol).contains("id=\"fixture-finance\"").doesNotContain("id=\"fixture-not-finance\"");
        assertThat(alice).contains("id=\"fixture-not-finance\"").doesNotContain("id=\"fixture-finance\"");
    }

    @Test
    public void refusesToStartWhenThePluginImportsAServiceTheHostLacks() throws Exception {
        // given
        HostOptions broken = HostOptions.defaults()
                .withPort(0)
                .withDataDir(Files.createTempDirectory("broken-host"))
                .withPluginRoot("broken-plugin/");

        // then
        assertThatThrownBy(() -> StandaloneHost.start(broken).close())
                .isInstanceOf(PluginWiringException.class)
                .hasMessageContaining("com.atlassian.jira.bc.issue.IssueService")
                .hasMessageContaining("issueService");
    }
}
