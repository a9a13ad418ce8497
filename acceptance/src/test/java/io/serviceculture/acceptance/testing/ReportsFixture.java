package io.serviceculture.acceptance.testing;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The HR reports' test data on a host with the test users: the admin makes team-finance the HR group (so Carol is
 * HR), marks team-it and team-finance as teams, and four kudos are given, one of them private. The expected rows
 * below are written out by hand from these kudos.
 */
public final class ReportsFixture {
    public static final String REPORTS = REST + "/reports/kudos";
    public static final String HR = "carol";

    public static final List<String> DETAIL_HEADER = List.of(
            "Kudos ID",
            "Given at",
            "Giver",
            "Giver name",
            "Giver team",
            "Receiver type",
            "Receiver",
            "Receiver name",
            "Receiver team",
            "Value",
            "Value name",
            "Visibility",
            "Message");

    public static final String FORMULA = "=HYPERLINK(\"http://example.com\",\"click\")";
    public static final String MULTILINE = "Line one\nLine \"two\", with a comma";
    public static final String UNICODE = "Grüße an das Team 🎉";
    public static final String PRIVATE = "Private thanks for the audit";

    /** The four kudos as the server answered when they were given, in the order given. */
    public final List<JsonNode> kudos;

    private ReportsFixture(List<JsonNode> kudos) {
        this.kudos = kudos;
    }

    public static ReportsFixture install(RunningHost host) {
        admin(host, "PUT", REST + "/admin/people/hr-group", Map.of("group", "team-finance"));
        admin(host, "POST", REST + "/admin/people/teams", Map.of("group", "team-it"));
        admin(host, "POST", REST + "/admin/people/teams", Map.of("group", "team-finance"));
        return new ReportsFixture(List.of(
                give(host, "admin", List.of("carol"), "own-it", FORMULA, "PUBLIC"),
                give(host, "alice", List.of("carol", "admin"), "client-first", MULTILINE, "PUBLIC"),
                give(host, "admin", List.of("alice"), "own-it", PRIVATE, "PRIVATE"),
                give(host, "carol", List.of("team:team-it"), "one-team", UNICODE, "PUBLIC")));
    }

    public String id(int kudos) {
        return String.valueOf(this.kudos.get(kudos).path("id").asLong());
    }

    /** When a kudos was given, as the reports write it for Carol, whose time zone is UTC. */
    public String givenAt(int kudos) {
        Instant at = Instant.parse(this.kudos.get(kudos).path("givenAt").asText());
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                at.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }

    /**
     * The detail rows Carol gets without private text: kudos 1 to Carol, kudos 2 to Carol and to the admin, kudos 4
     * to team-it; the private kudos 3 is not listed. The admin is in no team; Alice is in team-it, Carol in
     * team-finance. {@code message1} is the first kudos's message as the format writes it.
     */
    public List<List<String>> detailRows(String message1) {
        return List.of(
                List.of(
                        id(0),
                        givenAt(0),
                        "admin",
                        "Ada Admin",
                        "",
                        "person",
                        "carol",
                        "Carol Clerk",
                        "team-finance",
                        "own-it",
                        "Own it end to end",
                        "PUBLIC",
                        message1),
                List.of(
                        id(1),
                        givenAt(1),
                        "alice",
                        "Alice Archer",
                        "team-it",
                        "person",
                        "carol",
                        "Carol Clerk",
                        "team-finance",
                        "client-first",
                        "Client first",
                        "PUBLIC",
                        MULTILINE),
                List.of(
                        id(1),
                        givenAt(1),
                        "alice",
                        "Alice Archer",
                        "team-it",
                        "person",
                        "admin",
                        "Ada Admin",
                        "",
                        "client-first",
                        "Client first",
                        "PUBLIC",
                        MULTILINE),
                List.of(
                        id(3),
                        givenAt(3),
                        "carol",
                        "Carol Clerk",
                        "team-finance",
                        "team",
                        "team-it",
                        "team-it",
                        "team-it",
                        "one-team",
                        "One team",
                        "PUBLIC",
                        UNICODE));
    }

    private static JsonNode give(
            RunningHost host, String giver, List<String> receivers, String value, String message, String visibility) {
        HttpResponse<String> response = host.send(host.request(REST + "/kudos", giver, giver)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(
                        Map.of("receivers", receivers, "value", value, "message", message, "visibility", visibility))))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body());
    }

    private static void admin(RunningHost host, String method, String path, Map<String, ?> body) {
        HttpResponse<String> response = host.send(host.request(path, "admin", "admin")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 204);
    }
}
