package io.serviceculture.acceptance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;

/**
 * Prepares the demo for team ownership clocks as an admin would: marks its five teams (members count from the
 * start of history), defines the office calendar (Monday to Friday 09:00-17:00 UTC, no holidays) and the standard
 * "service" on every demo project with one clock, time to resolution in 40 working hours, paused while waiting for
 * the client (status 10100).
 */
public final class TeamClocksDemo {
    private TeamClocksDemo() {}

    public static void setUp(RunningHost host) throws SQLException, InterruptedException {
        AccountabilityDemo.markTeamsAndRebuild(host);
        post(
                host,
                "/calendars",
                """
                {"id": "office", "name": "Office (UTC)", "zone": "UTC",
                 "hours": {"MONDAY": ["09:00-17:00"], "TUESDAY": ["09:00-17:00"], "WEDNESDAY": ["09:00-17:00"],
                           "THURSDAY": ["09:00-17:00"], "FRIDAY": ["09:00-17:00"]},
                 "holidays": []}""");
        post(
                host,
                "/standards",
                """
                {"id": "service", "versions": [{"effectiveFrom": "2010-01-01T00:00:00Z", "name": "Internal service",
                  "rule": {},
                  "metrics": [
                    {"key": "resolution", "name": "Time to resolution", "start": ["ISSUE_CREATED", "ISSUE_REOPENED"],
                     "pauses": [{"reason": "WAITING_FOR_CLIENT", "statuses": ["10100"]}],
                     "stop": ["RESOLUTION_SET"], "goal": "PT40H", "calendar": "office"}]}]}""");
    }

    private static void post(RunningHost host, String path, String body) {
        HttpResponse<String> response = host.send(host.request(AccessRules.REST + path, "admin", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    }
}
