package io.serviceculture.acceptance.testing;

import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What the commitment and review-pack scenarios share: their unanswered issues written as Jira REST JSON for the
 * host to import, and what an admin sets up before any standard (the test data's reporting lines and a calendar
 * that runs round the clock).
 */
final class ScenarioIssues {
    static final String ALWAYS_CALENDAR = "always";

    private static final DateTimeFormatter JIRA =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    /** An open issue reported by admin, assigned to carol, of medium priority, without comments or history. */
    record OpenIssue(
            long id, String key, String summary, String project, String projectId, String type, Duration age) {}

    private ScenarioIssues() {}

    /** A folder the host imports ({@code HostOptions#withImport}), holding the issues created {@code age} before now. */
    static Path write(String name, List<OpenIssue> issues, Instant now) {
        try {
            Path folder = Files.createTempDirectory(name);
            Path jira = Files.createDirectories(folder.resolve("jira"));
            StringBuilder json = new StringBuilder();
            for (OpenIssue issue : issues) {
                if (json.length() > 0) {
                    json.append(',');
                }
                json.append(Json.write(
                        jiraIssue(issue, JIRA.format(now.minus(issue.age()).truncatedTo(ChronoUnit.SECONDS)))));
            }
            Files.writeString(jira.resolve(name + ".json"), "{\"issues\":[" + json + "]}", StandardCharsets.UTF_8);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> jiraIssue(OpenIssue issue, String created) {
        return Map.of(
                "id", String.valueOf(issue.id()),
                "key", issue.key(),
                "fields",
                        Map.ofEntries(
                                Map.entry("summary", issue.summary()),
                                Map.entry(
                                        "project",
                                        Map.of(
                                                "id",
                                                issue.projectId(),
                                                "key",
                                                issue.project(),
                                                "name",
                                                issue.project())),
                                Map.entry("issuetype", Map.of("name", issue.type())),
                                Map.entry("priority", Map.of("name", "Medium")),
                                Map.entry("labels", List.of()),
                                Map.entry("components", List.of()),
                                Map.entry("reporter", Map.of("key", "admin", "name", "admin")),
                                Map.entry("assignee", Map.of("key", "carol", "name", "carol")),
                                Map.entry(
                                        "status",
                                        Map.of("id", "1", "name", "Open", "statusCategory", Map.of("key", "new"))),
                                Map.entry("created", created),
                                Map.entry("updated", created),
                                Map.entry("comment", Map.of("comments", List.of()))),
                "changelog", Map.of("histories", List.of()));
    }

    /** The test data's reporting lines (alice reports to admin, carol to alice) and the round-the-clock calendar. */
    static void setUpLinesAndCalendar(RunningHost host) {
        String lines = java.util.Base64.getEncoder()
                .encodeToString("user,manager\nalice,admin\ncarol,alice\n".getBytes(StandardCharsets.UTF_8));
        expect(
                CommitmentsScenario.post(
                        host,
                        "admin",
                        AccessRules.REST + "/admin/people/reporting-lines",
                        Json.write(Map.of("file", lines))),
                200);
        String calendar = "{\"id\":\"" + ALWAYS_CALENDAR + "\",\"name\":\"Always\",\"zone\":\"UTC\",\"hours\":{"
                + "\"MONDAY\":[\"00:00-23:59\"],\"TUESDAY\":[\"00:00-23:59\"],\"WEDNESDAY\":[\"00:00-23:59\"],"
                + "\"THURSDAY\":[\"00:00-23:59\"],\"FRIDAY\":[\"00:00-23:59\"],\"SATURDAY\":[\"00:00-23:59\"],"
                + "\"SUNDAY\":[\"00:00-23:59\"]},\"holidays\":[]}";
        expect(CommitmentsScenario.post(host, "admin", AccessRules.REST + "/calendars", calendar), 200);
    }

    /** Fails the scenario's set-up at once, naming the call, when the host does not answer as an admin expects. */
    static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
