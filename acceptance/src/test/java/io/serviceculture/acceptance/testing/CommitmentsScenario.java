package io.serviceculture.acceptance.testing;

import io.serviceculture.standalone.HostOptions;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    private CommitmentsScenario() {}

    /** The host with the test data and carol's three unanswered issues. */
    public static RunningHost host() {
        return RunningHost.with(
                HostOptions.defaults().withClasspathImport("hostdata").withImport(writeIssues(Instant.now())));
    }

    static Path writeIssues(Instant now) {
        List<Duration> ages = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofDays(3));
        List<ScenarioIssues.OpenIssue> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES.size(); i++) {
            issues.add(new ScenarioIssues.OpenIssue(
                    40_101 + i,
                    ISSUES.get(i),
                    "Printer request " + (i + 1),
                    "HELP",
                    "10100",
                    "Service Request",
                    ages.get(i)));
        }
        return ScenarioIssues.write("commitments", issues, now);
    }

    /**
     * What an admin sets up: the test data's reporting lines (alice reports to admin, carol to alice) imported into
     * the app, the round-the-clock calendar and the first-response standard on HELP.
     */
    public static void setUp(RunningHost host) {
        ScenarioIssues.setUpLinesAndCalendar(host);
        String standard = "{\"id\":\"" + STANDARD + "\",\"versions\":[{\"effectiveFrom\":\"2026-01-01T00:00:00Z\","
                + "\"name\":\"IT Help response\",\"rule\":{\"projects\":[\"HELP\"]},\"metrics\":["
                + "{\"key\":\"first-response\",\"name\":\"First response\",\"start\":[\"ISSUE_CREATED\"],"
                + "\"pauses\":[],\"stop\":[\"COMMENT_BY_OTHER_THAN_REPORTER\"],\"goal\":\"PT4H\","
                + "\"warningPercent\":75,\"calendar\":\"always\"}]}]}";
        ScenarioIssues.expect(post(host, "admin", REST + "/standards", standard), 200);
    }

    /** Carol answers her three issues; each comment's issue event records the issue's completed cycles. */
    public static void carolAnswersHerIssues(RunningHost host) {
        for (String key : ISSUES) {
            ScenarioIssues.expect(
                    post(host, "carol", "/rest/api/2/issue/" + key + "/comment", "{\"body\":\"On it\"}"), 201);
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
}
