package io.serviceculture.acceptance.testing;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The commitments scenario on the host's test data, where alice manages carol. Three HELP issues assigned to carol
 * and reported by admin are written as Jira REST JSON when the test class loads, created 1 hour, 2 hours and 3 days
 * before that moment and not yet answered; a "first response within 4 hours" standard runs round the clock. When
 * carol answers all three, their first-response cycles stop then, in the current quarter: the two young issues meet
 * the goal and the old one breaches it, so carol's attainment this quarter is 2 of 3.
 */
public final class CommitmentsScenario {
    public static final String REST = AccessRules.REST;
    public static final String STANDARD = "help-response";
    public static final List<String> ISSUES = List.of("HELP-101", "HELP-102", "HELP-103");
    public static final String TEXT = "First response standard met on ≥ 95 % of my issues this quarter";

    private static final DateTimeFormatter JIRA =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private CommitmentsScenario() {}

    /** The host with the test data and carol's three unanswered issues. */
    public static RunningHost host() {
        return RunningHost.with(
                HostOptions.defaults().withClasspathImport("hostdata").withImport(writeIssues(Instant.now())));
    }

    static Path writeIssues(Instant now) {
        try {
            Path folder = Files.createTempDirectory("commitments-issues");
            Path jira = Files.createDirectories(folder.resolve("jira"));
            List<Duration> ages = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofDays(3));
            StringBuilder issues = new StringBuilder();
            for (int i = 0; i < ISSUES.size(); i++) {
                if (i > 0) {
                    issues.append(',');
                }
                String created = JIRA.format(now.minus(ages.get(i)).truncatedTo(ChronoUnit.SECONDS));
                issues.append(Json.write(Map.of(
                        "id", String.valueOf(40_101 + i),
                        "key", ISSUES.get(i),
                        "fields",
                                Map.ofEntries(
                                        Map.entry("summary", "Printer request " + (i + 1)),
                                        Map.entry("project", Map.of("id", "10100", "key", "HELP", "name", "HELP")),
                                        Map.entry("issuetype", Map.of("name", "Service Request")),
                                        Map.entry("priority", Map.of("name", "Medium")),
                                        Map.entry("labels", List.of()),
                                        Map.entry("components", List.of()),
                                        Map.entry("reporter", Map.of("key", "admin", "name", "admin")),
                                        Map.entry("assignee", Map.of("key", "carol", "name", "carol")),
                                        Map.entry(
                                                "status",
                                                Map.of(
                                                        "id",
                                                        "1",
                                                        "name",
                                                        "Open",
                                                        "statusCategory",
                                                        Map.of("key", "new"))),
                                        Map.entry("created", created),
                                        Map.entry("updated", created),
                                        Map.entry("comment", Map.of("comments", List.of()))),
                        "changelog", Map.of("histories", List.of()))));
            }
            Files.writeString(
                    jira.resolve("commitments.json"), "{\"issues\":[" + issues + "]}", StandardCharsets.UTF_8);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What an admin sets up: the test data's reporting lines (alice reports to admin, carol to alice) imported into
     * the app, the round-the-clock calendar and the first-response standard on HELP.
     */
    public static void setUp(RunningHost host) {
        String lines = java.util.Base64.getEncoder()
                .encodeToString("user,manager\nalice,admin\ncarol,alice\n".getBytes(StandardCharsets.UTF_8));
        expect(post(host, "admin", REST + "/admin/people/reporting-lines", Json.write(Map.of("file", lines))), 200);
        String calendar = "{\"id\":\"always\",\"name\":\"Always\",\"zone\":\"UTC\",\"hours\":{"
                + "\"MONDAY\":[\"00:00-23:59\"],\"TUESDAY\":[\"00:00-23:59\"],\"WEDNESDAY\":[\"00:00-23:59\"],"
                + "\"THURSDAY\":[\"00:00-23:59\"],\"FRIDAY\":[\"00:00-23:59\"],\"SATURDAY\":[\"00:00-23:59\"],"
                + "\"SUNDAY\":[\"00:00-23:59\"]},\"holidays\":[]}";
        String standard = "{\"id\":\"" + STANDARD + "\",\"versions\":[{\"effectiveFrom\":\"2026-01-01T00:00:00Z\","
                + "\"name\":\"IT Help response\",\"rule\":{\"projects\":[\"HELP\"]},\"metrics\":["
                + "{\"key\":\"first-response\",\"name\":\"First response\",\"start\":[\"ISSUE_CREATED\"],"
                + "\"pauses\":[],\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],\"goal\":\"PT4H\","
                + "\"warningPercent\":75,\"calendar\":\"always\"}]}]}";
        expect(post(host, "admin", REST + "/calendars", calendar), 200);
        expect(post(host, "admin", REST + "/standards", standard), 200);
    }

    /** Carol answers her three issues; each comment's issue event records the issue's completed cycles. */
    public static void carolAnswersHerIssues(RunningHost host) {
        for (String key : ISSUES) {
            expect(post(host, "carol", "/rest/api/2/issue/" + key + "/comment", "{\"body\":\"On it\"}"), 201);
        }
    }

    /** The commitment of the issue's done-when, for carol, as JSON. */
    public static String firstResponseCommitment() {
        return Json.write(Map.of(
                "owner",
                "carol",
                "period",
                Map.of("kind", "QUARTER"),
                "text",
                TEXT,
                "target",
                Map.of(
                        "type", "MEASURED",
                        "measure", "STANDARD_ATTAINMENT",
                        "value", 95,
                        "direction", "AT_LEAST",
                        "standard", STANDARD,
                        "metric", "first-response"),
                "visibility",
                "PRIVATE"));
    }

    /** The first and the day after the last day of the current quarter, in UTC. */
    public static LocalDate[] currentQuarter() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return new LocalDate[] {start, start.plusMonths(3)};
    }

    public static HttpResponse<String> post(RunningHost host, String user, String path, String json) {
        return send(host, user, "POST", path, json);
    }

    public static HttpResponse<String> send(RunningHost host, String user, String method, String path, String json) {
        return host.send(host.request(path, user, user)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
