package io.serviceculture.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.standalone.testing.RunningHost;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;

/** Login, sessions, HTTP Basic, XSRF and the body limit, over HTTP against a running host. */
public class HostWebTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final String MYSELF = "/rest/api/2/myself";

    @Test
    public void sendsAnonymousVisitorsOfAPageToTheLoginForm() {
        // when
        HttpResponse<String> response =
                HOST.send(HOST.anonymous("/secure/Dashboard.jspa").build());

        // then
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/login.jsp?os_destination=%2Fsecure%2FDashboard.jspa"));
    }

    @Test
    public void servesTheLoginFormStyledWithAui() {
        // when
        HttpResponse<String> form = HOST.send(HOST.anonymous("/login.jsp").build());
        HttpResponse<String> css =
                HOST.send(HOST.anonymous("/static/aui/aui-prototyping.css").build());

        // then
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("name=\"os_username\"", "name=\"os_password\"", "/static/aui/aui-prototyping.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    @Test
    public void keepsAUserLoggedInThroughTheSessionCookie() {
        // given
        RunningHost.Session alice = HOST.login("alice", "alice");

        // when
        HttpResponse<String> dashboard = alice.get("/secure/Dashboard.jspa");
        HttpResponse<String> myself = alice.get(MYSELF);

        // then: alice may browse HELP but not FIN, whose scheme names only team-finance
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Alice Archer", "HELP-1").doesNotContain("FIN-1");
        assertThat(myself.statusCode()).isEqualTo(200);
        assertThat(myself.body()).contains("\"key\":\"JIRAUSER10100\"");
    }

    @Test
    public void showsTheFormAgainOnAWrongPassword() {
        // when
        HttpResponse<String> response = HOST.send(HOST.anonymous("/login.jsp")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("os_username=alice&os_password=nope"))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Seraph-LoginReason")).contains("AUTHENTICATED_FAILED");
        assertThat(response.body()).contains("login-error");
    }

    @Test
    public void endsTheSessionOnLogout() {
        // given
        RunningHost.Session carol = HOST.login("carol", "carol");

        // when
        HttpResponse<String> logout = carol.get("/logout");

        // then
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(carol.get("/secure/Dashboard.jspa").statusCode()).isEqualTo(302);
    }

    @Test
    public void acceptsHttpBasicOnRest() {
        // when
        HttpResponse<String> response = HOST.get(MYSELF, "admin", "admin");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"admin\"", "jira-administrators");
    }

    @Test
    public void refusesWrongBasicCredentialsAndDeactivatedUsers() {
        assertThat(HOST.get(MYSELF, "admin", "wrong").statusCode()).isEqualTo(401);
        assertThat(HOST.get(MYSELF, "dave", "dave").statusCode()).isEqualTo(401);
    }

    @Test
    public void answersAnonymousRestCallsWithTheJsonErrorShape() {
        // when
        HttpResponse<String> response = HOST.send(HOST.anonymous(MYSELF).build());

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body())
                .isEqualTo("{\"errors\":[{\"key\":\"service-culture.host.error.unauthorized\","
                        + "\"message\":\"You are not logged in. Log in and try again.\",\"field\":null}]}");
    }

    @Test
    public void refusesSimpleCrossSiteBodiesWithoutTheXsrfHeader() {
        for (String type :
                new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            // when
            HttpResponse<String> response = HOST.send(HOST.request(MYSELF, "alice", "alice")
                    .header("Content-Type", type)
                    .POST(BodyPublishers.ofString("a=b"))
                    .build());

            // then
            assertThat(response.statusCode()).as(type).isEqualTo(403);
            assertThat(response.body()).contains("service-culture.host.error.xsrf", "XSRF check failed");
        }
    }

    @Test
    public void refusesAFormFromAnotherOrigin() {
        // when
        HttpResponse<String> response = HOST.send(HOST.request(MYSELF, "alice", "alice")
                .header("Content-Type", "text/plain")
                .header("Origin", "http://evil.example")
                .PUT(BodyPublishers.ofString("x"))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    public void letsJsonAndTheNoCheckHeaderThrough() {
        // given: the resource only answers GET, so a request past the XSRF check gets 405
        HttpRequest json = HOST.request(MYSELF, "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{}"))
                .build();
        HttpRequest noCheck = HOST.request(MYSELF, "alice", "alice")
                .header("Content-Type", "text/plain")
                .header("X-Atlassian-Token", "no-check")
                .POST(BodyPublishers.ofString("x"))
                .build();
        HttpRequest bodilessDelete =
                HOST.request(MYSELF, "alice", "alice").DELETE().build();

        // then
        assertThat(HOST.send(json).statusCode()).isEqualTo(405);
        assertThat(HOST.send(noCheck).statusCode()).isEqualTo(405);
        assertThat(HOST.send(bodilessDelete).statusCode()).isEqualTo(405);
    }

    @Test
    public void refusesAFormFromThisOriginWithoutTheHeaderOrTheToken() {
        // when: Jira's token check does not care where a form body came from
        HttpResponse<String> response = HOST.send(HOST.request(MYSELF, "alice", "alice")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + HOST.host().port())
                .POST(BodyPublishers.ofString("a=b"))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    public void refusesAPostWithoutABodyTypeUnlessItCarriesTheHeader() {
        // when
        HttpResponse<String> bare = HOST.send(HOST.request(MYSELF, "alice", "alice")
                .POST(BodyPublishers.noBody())
                .build());
        HttpResponse<String> withHeader = HOST.send(HOST.request(MYSELF, "alice", "alice")
                .header("X-Atlassian-Token", "no-check")
                .POST(BodyPublishers.noBody())
                .build());

        // then
        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(withHeader.statusCode()).isEqualTo(405);
    }

    @Test
    public void refusesABrowsersJsonFromAnotherOriginOrFromNowhere() {
        // given
        String chrome =
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
        String self = "http://localhost:" + HOST.host().port();

        // when
        int foreign = HOST.send(HOST.request(MYSELF, "alice", "alice")
                        .header("User-Agent", chrome)
                        .header("Content-Type", "application/json")
                        .header("Origin", "http://evil.example")
                        .POST(BodyPublishers.ofString("{}"))
                        .build())
                .statusCode();
        int nowhere = HOST.send(HOST.request(MYSELF, "alice", "alice")
                        .header("User-Agent", chrome)
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{}"))
                        .build())
                .statusCode();
        int own = HOST.send(HOST.request(MYSELF, "alice", "alice")
                        .header("User-Agent", chrome)
                        .header("Content-Type", "application/json")
                        .header("Referer", self + "/secure/Dashboard.jspa")
                        .POST(BodyPublishers.ofString("{}"))
                        .build())
                .statusCode();

        // then
        assertThat(foreign).isEqualTo(403);
        assertThat(nowhere).isEqualTo(403);
        assertThat(own).isEqualTo(405);
    }

    @Test
    public void refusesBodiesOver64KbWith413() {
        // when
        HttpResponse<String> response = HOST.send(HOST.request(MYSELF, "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(new byte[BodyLimitFilter.LIMIT + 1]))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("service-culture.host.error.too.large");
    }

    @Test
    public void refusesChunkedBodiesOver64KbWith413() {
        // given: a body from a stream goes chunked, without Content-Length
        byte[] body = new byte[BodyLimitFilter.LIMIT + 10];

        // when
        HttpResponse<String> response = HOST.send(HOST.request(MYSELF, "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    public void letsChunkedBodiesUnderTheLimitThrough() {
        // given
        byte[] body = "{\"ok\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        // when
        HttpResponse<String> response = HOST.send(HOST.request(MYSELF, "alice", "alice")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        // then
        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    public void escapesUserDataOnTheProfilePage() {
        // when
        HttpResponse<String> profile = HOST.login("alice", "alice").get("/secure/ViewProfile.jspa?name=bob");

        // then
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Bob &lt;Builder&gt;").doesNotContain("Bob <Builder>");
    }

    @Test
    public void showsAnIssueOnlyToThoseWhoMayBrowseIt() {
        // given
        RunningHost.Session alice = HOST.login("alice", "alice");
        RunningHost.Session carol = HOST.login("carol", "carol");

        // then
        HttpResponse<String> help1 = alice.get("/browse/HELP-1");
        assertThat(help1.statusCode()).isEqualTo(200);
        assertThat(help1.body()).contains("VPN &lt;b&gt;broken&lt;/b&gt;", "Alice Archer");
        assertThat(alice.get("/browse/FIN-1").statusCode()).isEqualTo(404);
        assertThat(carol.get("/browse/FIN-1").statusCode()).isEqualTo(200);
        assertThat(alice.get("/browse/NOPE-1").statusCode()).isEqualTo(404);
    }
}
