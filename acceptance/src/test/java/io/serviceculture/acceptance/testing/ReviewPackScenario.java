package io.serviceculture.acceptance.testing;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.testing.RunningHost;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The issues behind a review pack's figure, on the host's test data where alice manages carol and only carol may
 * browse the FIN project. Four issues assigned to carol and reported by admin are written when the test class loads:
 * HELP-301 (a service request 1 hour old), HELP-302 (a service request 3 days old), FIN-301 (a service request 2 hours
 * old) and HELP-303 (an incident 1 hour old). Two standards run round the clock with a 4-hour first response: "requests"
 * on service requests in HELP and FIN, "incidents" on incidents in HELP. Carol answers all four; her commitment is
 * first-response attainment of "requests" this quarter. So it counts HELP-301 (met), FIN-301 (met) and HELP-302
 * (breached, three days against four hours): 2 of 3, 66.7 %; HELP-303 is left out as another standard's.
 */
public final class ReviewPackScenario {
    public static final String REST = AccessRules.REST;
    public static final String TEXT = "Answer every request within four hours";

    private static final List<ScenarioIssues.OpenIssue> ISSUES = List.of(
            issue(50_301, "HELP-301", "HELP", "10100", "Service Request", Duration.ofHours(1)),
            issue(50_302, "HELP-302", "HELP", "10100", "Service Request", Duration.ofDays(3)),
            issue(50_303, "FIN-301", "FIN", "10102", "Service Request", Duration.ofHours(2)),
            issue(50_304, "HELP-303", "HELP", "10100", "Incident", Duration.ofHours(1)));

    private static ScenarioIssues.OpenIssue issue(
            long id, String key, String project, String projectId, String type, Duration age) {
        return new ScenarioIssues.OpenIssue(id, key, summary(key), project, projectId, type, age);
    }

    private ReviewPackScenario() {}

    /** The host with the test data and carol's four unanswered issues. */
    public static RunningHost host() {
        return RunningHost.with(
                HostOptions.defaults().withClasspathImport("hostdata").withImport(writeIssues(Instant.now())));
    }

    /** The summary the host shows for an issue of the scenario. */
    public static String summary(String key) {
        return "Request " + key;
    }

    private static Path writeIssues(Instant now) {
        return ScenarioIssues.write("review-pack", ISSUES, now);
    }

    /**
     * What an admin and the people set up: reporting lines, the calendar, both standards; carol's commitment; then
     * carol answers her four issues, which stops their first-response cycles now.
     */
    public static void setUp(RunningHost host) {
        ScenarioIssues.setUpLinesAndCalendar(host);
        ScenarioIssues.expect(
                CommitmentsScenario.post(
                        host,
                        "admin",
                        REST + "/standards",
                        standard("requests", "[\"HELP\",\"FIN\"]", "Service Request")),
                200);
        ScenarioIssues.expect(
                CommitmentsScenario.post(
                        host, "admin", REST + "/standards", standard("incidents", "[\"HELP\"]", "Incident")),
                200);
        String commitment = Json.write(Map.of(
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
                        "standard", "requests",
                        "metric", "first-response"),
                "visibility",
                "PRIVATE"));
        ScenarioIssues.expect(CommitmentsScenario.post(host, "carol", REST + "/commitments", commitment), 201);
        for (ScenarioIssues.OpenIssue issue : ISSUES) {
            ScenarioIssues.expect(
                    CommitmentsScenario.post(
                            host, "carol", "/rest/api/2/issue/" + issue.key() + "/comment", "{\"body\":\"On it\"}"),
                    201);
        }
    }

    private static String standard(String id, String projects, String issueType) {
        return "{\"id\":\"" + id + "\",\"versions\":[{\"effectiveFrom\":\"2026-01-01T00:00:00Z\","
                + "\"name\":\"" + id + "\",\"rule\":{\"projects\":" + projects + ",\"issueTypes\":[\"" + issueType
                + "\"]},\"metrics\":[{\"key\":\"first-response\",\"name\":\"First response\","
                + "\"start\":[\"ISSUE_CREATED\"],\"pauses\":[],\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],"
                + "\"goal\":\"PT4H\",\"warningPercent\":75,\"calendar\":\"always\"}]}]}";
    }
}
