package io.serviceculture.acceptance.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.acceptance.testing.AccessRule;
import io.serviceculture.acceptance.testing.AccessRules;
import io.serviceculture.acceptance.testing.Endpoint;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Jira's XSRF rule over HTTP against every mutating endpoint of the authorisation matrix, as the admin (who passes
 * every permission check, so only the XSRF check can refuse): a form, multipart or {@code text/plain} body is
 * refused with 403 unless it carries {@code X-Atlassian-Token: no-check}, wherever it claims to come from; a browser
 * may not send even JSON from another origin. The app's pages offer no form post at all: each refuses one, with or
 * without the session's {@code atl_token}.
 */
public class XsrfTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final List<String> FORM_TYPES =
            List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain");
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final String CHROME =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

    @Test
    public void refusesEveryMutationWithAFormBodyWithoutTheHeaderEvenFromThisOrigin() {
        List<String> passed = new ArrayList<>();
        List<Endpoint> endpoints = mutatingEndpoints();
        for (Endpoint endpoint : endpoints) {
            for (String type : FORM_TYPES) {
                for (boolean sameOrigin : new boolean[] {false, true}) {
                    HttpRequest.Builder request = HOST.request(endpoint.path(), "admin", "admin")
                            .header("Content-Type", type)
                            .method(
                                    endpoint.method(),
                                    HttpRequest.BodyPublishers.ofString(
                                            endpoint.jsonBody().orElse("a=b")));
                    if (sameOrigin) {
                        request.header(
                                "Origin", "http://localhost:" + HOST.host().port());
                    }
                    HttpResponse<String> response = HOST.send(request.build());
                    if (response.statusCode() != 403 || !response.body().contains("XSRF check failed")) {
                        passed.add(endpoint + " " + type + (sameOrigin ? " same origin" : "") + " -> "
                                + response.statusCode());
                    }
                }
            }
        }

        assertThat(endpoints).hasSizeGreaterThan(30);
        assertThat(passed).isEmpty();
    }

    @Test
    public void refusesABrowsersJsonFromAnotherOriginOnEveryMutation() {
        List<String> passed = new ArrayList<>();
        for (Endpoint endpoint : mutatingEndpoints()) {
            HttpResponse<String> response = HOST.send(HOST.request(endpoint.path(), "admin", "admin")
                    .header("User-Agent", CHROME)
                    .header("Origin", "http://evil.example")
                    .header("Content-Type", "application/json")
                    .method(
                            endpoint.method(),
                            HttpRequest.BodyPublishers.ofString(
                                    endpoint.jsonBody().orElse("{}")))
                    .build());
            if (response.statusCode() != 403) {
                passed.add(endpoint + " -> " + response.statusCode());
            }
        }

        assertThat(passed).isEmpty();
    }

    @Test
    public void letsTheNoCheckHeaderThroughTheXsrfCheck() {
        // when: a script's form-encoded POST with the header reaches the resource, which takes only JSON
        HttpResponse<String> response = HOST.send(HOST.request(AccessRules.REST + "/kudos", "alice", "alice")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString("message=hi"))
                .build());

        // then it is refused for its media type, not by the XSRF check
        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    public void everyPageRefusesAFormPostWithOrWithoutTheToken() {
        RunningHost.Session admin = HOST.login("admin", "admin");
        List<String> pages = AccessRules.all().stream()
                .map(AccessRule::endpoint)
                .filter(e -> e.path().startsWith("/plugins/servlet/"))
                .map(Endpoint::path)
                .distinct()
                .toList();
        String token = token(admin, pages.get(0));
        List<String> accepted = new ArrayList<>();
        for (String page : pages) {
            for (String body : List.of("atl_token=" + token + "&a=b", "atl_token=wrong&a=b", "a=b")) {
                HttpResponse<String> response = admin.send(HttpRequest.newBuilder(HOST.uri(page))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://localhost:" + HOST.host().port())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
                if (response.statusCode() < 400) {
                    accepted.add(page + " " + body + " -> " + response.statusCode());
                }
            }
        }

        assertThat(pages).hasSizeGreaterThan(5);
        assertThat(token).isNotEmpty();
        assertThat(accepted).isEmpty();
    }

    /** The session's XSRF token, from the cookie Jira sets with it. */
    private static String token(RunningHost.Session session, String page) {
        HttpResponse<String> response = session.get(page);
        return response.headers().allValues("Set-Cookie").stream()
                .flatMap(c -> HttpCookie.parse(c).stream())
                .filter(c -> c.getName().equals("atlassian.xsrf.token"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseGet(() -> session.client().cookieHandler().orElseThrow() instanceof java.net.CookieManager m
                        ? m.getCookieStore().getCookies().stream()
                                .filter(c -> c.getName().equals("atlassian.xsrf.token"))
                                .map(HttpCookie::getValue)
                                .findFirst()
                                .orElse("")
                        : "");
    }

    private static List<Endpoint> mutatingEndpoints() {
        Map<String, Endpoint> byName = new LinkedHashMap<>();
        for (AccessRule rule : AccessRules.all()) {
            if (MUTATING.contains(rule.endpoint().method())) {
                byName.putIfAbsent(rule.endpoint().toString(), rule.endpoint());
            }
        }
        return List.copyOf(byName.values());
    }
}
