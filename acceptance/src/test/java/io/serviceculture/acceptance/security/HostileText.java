package io.serviceculture.acceptance.security;

import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Text an attacker types into every field the app takes: markup that runs script if printed raw, a
 * {@code javascript:} link, a template expression, a right-to-left override, zero-width characters and a word far
 * too long for any column. Put in through the REST API by {@link #seed(RunningHost)}; the names of a Jira user and
 * group, which the app shows but does not own, come hostile from the {@code hostile-names} folder.
 */
final class HostileText {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String LINK = "javascript:alert(1)";
    static final String TEMPLATE = "{{7*7}}";
    /** Printed literally, so every page that shows a field must show this. */
    static final String MARKER = "XSS-MARKER";

    static final String RTL = "\u202Egnp.exe";
    static final String ZERO_WIDTH = "zero\u200Bwidth\u200D";
    static final String LONG_WORD = "W".repeat(200);

    /** Everything at once, within the 1000 characters of a kudos message. */
    static final String ALL = MARKER + " " + SCRIPT + " " + IMG + " <a href=\"" + LINK + "\">click</a> " + LINK + " "
            + TEMPLATE + " " + RTL + " " + ZERO_WIDTH + " " + LONG_WORD;
    /** For short names (calendars, standards, holidays): no comma or quote, which the CSV holiday list would split. */
    static final String SHORT = MARKER + " <script>alert(1)</script> <img src=x onerror=alert(1)> " + TEMPLATE;

    static final String REST = "/rest/service-culture/1.0";
    /** A Jira group of the {@code hostile-names} folder, with Eve (whose display name is hostile too) and Alice. */
    static final String GROUP = "team-<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    private HostileText() {}

    /** The test data, plus Eve and her team from {@code hostile-names}. */
    static RunningHost host() {
        return RunningHost.with(
                HostOptions.defaults().withClasspathImport("hostdata").withClasspathImport("hostile-names"));
    }

    /**
     * As the admin: HR is team-finance (Carol), Carol reports to Alice, a calendar with a hostile name and holiday
     * and a standard on HELP with hostile version and metric names. As people: Alice thanks Carol on HELP-1, Carol
     * thanks Alice, Alice gives Carol a commitment and checks in on it, Carol rates HELP-1, and Carol (HR) hides a
     * kudos of the admin's with a hostile reason, which mails the admin.
     */
    static void seed(RunningHost host) {
        send(host, "admin", "PUT", REST + "/admin/people/hr-group", Map.of("group", "team-finance"));
        send(host, "admin", "POST", REST + "/admin/people/teams", Map.of("group", "team-it"));
        send(host, "admin", "POST", REST + "/admin/people/teams", Map.of("group", "team-finance"));
        send(host, "admin", "POST", REST + "/admin/people/teams", Map.of("group", GROUP));
        String lines = java.util.Base64.getEncoder()
                .encodeToString("user,manager\ncarol,alice\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        send(host, "admin", "POST", REST + "/admin/people/reporting-lines", Map.of("file", lines));
        List<String> day = List.of("00:00-23:59");
        send(
                host,
                "admin",
                "POST",
                REST + "/calendars",
                Map.of(
                        "id",
                        "hostile",
                        "name",
                        SHORT,
                        "zone",
                        "UTC",
                        "hours",
                        Map.of("MONDAY", day, "TUESDAY", day, "WEDNESDAY", day, "THURSDAY", day),
                        "holidays",
                        List.of()));
        send(
                host,
                "admin",
                "POST",
                REST + "/calendars/hostile/holidays",
                Map.of("format", "CSV", "text", "2026-12-25," + SHORT + "\n"));
        Map<String, Object> metric = Map.of(
                "key",
                "first-response",
                "name",
                SHORT,
                "start",
                List.of("ISSUE_CREATED"),
                "pauses",
                List.of(),
                "stop",
                List.of("COMMENT_BY_OTHER_THAN_REPORTER"),
                "goal",
                "PT4H",
                "warningPercent",
                75,
                "calendar",
                "hostile");
        send(
                host,
                "admin",
                "POST",
                REST + "/standards",
                Map.of(
                        "id",
                        "hostile",
                        "versions",
                        List.of(Map.of(
                                "effectiveFrom",
                                "2020-01-01T00:00:00Z",
                                "name",
                                SHORT,
                                "rule",
                                Map.of("projects", List.of("HELP")),
                                "metrics",
                                List.of(metric)))));
        give(host, "alice", "carol", Map.of("issue", "HELP-1"));
        give(host, "carol", "alice", Map.of());
        // Eve, whose name is hostile, thanks Carol; Carol thanks Eve's team
        give(host, "eve", "carol", Map.of());
        send(
                host,
                "carol",
                "POST",
                REST + "/kudos",
                Map.of("receivers", List.of("team:" + GROUP), "value", "own-it", "message", ALL));
        long toHide =
                Json.parse(give(host, "admin", "alice", Map.of())).path("id").asLong();
        send(host, "carol", "POST", REST + "/kudos/" + toHide + "/hide", Map.of("reason", ALL));
        long commitment = Json.parse(send(
                        host,
                        "alice",
                        "POST",
                        REST + "/commitments",
                        Map.of(
                                "owner",
                                "carol",
                                "text",
                                ALL,
                                "target",
                                Map.of("type", "MEASURED", "measure", "KUDOS_GIVEN", "value", 12),
                                "visibility",
                                "PRIVATE")))
                .path("id")
                .asLong();
        send(host, "alice", "POST", REST + "/commitments/" + commitment + "/check-ins", Map.of("note", ALL));
        send(host, "carol", "POST", REST + "/issue/HELP-1/rating", Map.of("stars", 2, "comment", ALL));
    }

    private static String give(RunningHost host, String giver, String receiver, Map<String, String> extra) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(
                Map.of("receivers", List.of(receiver), "value", "own-it", "message", ALL, "visibility", "PUBLIC"));
        body.putAll(extra);
        return send(host, giver, "POST", REST + "/kudos", body);
    }

    static String send(RunningHost host, String user, String method, String path, Map<String, ?> body) {
        HttpResponse<String> response = host.send(host.request(path, user, user)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build());
        if (response.statusCode() < 200 || response.statusCode() > 204) {
            throw new IllegalStateException(method + " " + path + " as " + user + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }
}
