package io.serviceculture.acceptance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Prepares the demo for accountability as an admin would: marks its five teams, then rebuilds the figures from
 * history and waits for the rebuild to finish. Marking a team counts its members as members since the start of
 * history, so the demo's older issues are attributed to the teams.
 */
public final class AccountabilityDemo {
    public static final List<String> TEAMS =
            List.of("team-engineering", "team-facilities", "team-finance", "team-it", "team-people");

    private AccountabilityDemo() {}

    public static void markTeamsAndRebuild(RunningHost host) throws SQLException, InterruptedException {
        for (String team : TEAMS) {
            HttpResponse<String> marked =
                    host.send(host.request(AccessRules.REST + "/admin/people/teams", "admin", "admin")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("group", team))))
                            .build());
            assertThat(marked.statusCode()).as(marked.body()).isEqualTo(204);
        }
        rebuild(host);
    }

    public static void rebuild(RunningHost host) throws InterruptedException {
        String path = AccessRules.REST + "/accountability/rebuild";
        HttpResponse<String> started = host.send(host.request(path, "admin", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode status = Json.parse(started.body());
        while (!"done".equals(status.path("state").asText()) && Instant.now().isBefore(deadline)) {
            assertThat(status.path("state").asText()).isNotEqualTo("failed");
            Thread.sleep(100);
            status = Json.parse(host.get(path, "admin", "admin").body());
        }
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("done");
    }
}
