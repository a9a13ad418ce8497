package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.services.HostLifecycle;
import io.serviceculture.standalone.testing.RunningHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.Rule;
import org.junit.Test;

/**
 * Jira's lifecycle events on the host (H2), end to end: the host deletes, moves and anonymises as Jira does, the
 * app's listeners and handlers run, and what callers then read over HTTP and what the tables hold is checked. Test
 * data: HELP-1 (id 30001, "VPN &lt;b&gt;broken&lt;/b&gt;", resolved, reported by carol) in HELP, which every Jira
 * user browses; FIN-1 (id 30002, open) in FIN, which team-finance (carol) browses. Users are numbered from 10000
 * in the order of {@code users.json}: admin 10000, alice 10001 (key JIRAUSER10100), bob, carol 10003, dave.
 * A fresh host for every test, since each changes the data for good.
 */
public class DataLifecycleOnHostTest {
    private static final String TABLES = "AO_439D1B_";

    @Rule
    public final RunningHost host = RunningHost.withTestData();

    @Test
    public void aDeletedIssueTakesItsFiguresAndLeavesItsKudosWithoutALink() throws SQLException {
        // given carol commented on HELP-1 (facts computed), rated it and thanked alice for it
        assertThat(comment("HELP-1", "carol").statusCode()).isEqualTo(201);
        assertThat(rate("HELP-1", "carol").statusCode()).isEqualTo(201);
        assertThat(giveKudos("carol", "alice", "Fixed the VPN in no time", "HELP-1")
                        .statusCode())
                .isEqualTo(201);
        assertThat(rows("ACC_ISSUE", 30001)).isEqualTo(1);
        assertThat(rows("ACC_RATING", 30001)).isEqualTo(1);
        assertThat(rows("KUDOS", 30001)).isEqualTo(1);

        // when
        lifecycle().deleteIssue("HELP-1");

        // then
        HttpResponse<String> kudos = host.get(REST + "/kudos?receiver=user:JIRAUSER10100", "carol", "carol");
        JsonNode first = Json.parse(kudos.body()).path("kudos").path(0);
        assertThat(first.path("message").asText()).isEqualTo("Fixed the VPN in no time");
        assertThat(first.path("issue").isMissingNode() || first.path("issue").isNull())
                .isTrue();
        assertThat(kudos.body()).doesNotContain("HELP-1").doesNotContain("VPN <b>broken</b>");
        assertThat(rows("ACC_ISSUE", 30001)).isZero();
        assertThat(rows("ACC_CELL", 30001)).isZero();
        assertThat(rows("ACC_RATING", 30001)).isZero();
        assertThat(rows("SLA_CYCLE", 30001)).isZero();
        assertThat(rows("SLA_RUNNING", 30001)).isZero();
        assertThat(rows("KUDOS", 30001)).isZero();
        assertThat(count("SELECT COUNT(*) FROM \"" + TABLES + "KUDOS\"")).isEqualTo(1);
    }

    @Test
    public void aMovedIssueKeepsItsDataUnderItsNewKeyAndNeverShowsTheOldOne() throws SQLException {
        // given carol commented on HELP-1 and thanked alice for it
        comment("HELP-1", "carol");
        giveKudos("carol", "alice", "Fixed the VPN in no time", "HELP-1");

        // when HELP-1 moves to FIN, which has FIN-1
        String newKey = lifecycle().moveIssue("HELP-1", "FIN");

        // then
        assertThat(newKey).isEqualTo("FIN-2");
        JsonNode first = Json.parse(host.get(REST + "/kudos?receiver=user:JIRAUSER10100", "carol", "carol")
                        .body())
                .path("kudos")
                .path(0);
        assertThat(first.path("issue").path("key").asText()).isEqualTo("FIN-2");
        assertThat(first.path("issue").path("id").asLong()).isEqualTo(30001);
        assertThat(text("SELECT \"ISSUE_KEY\" FROM \"" + TABLES + "ACC_ISSUE\" WHERE \"ISSUE_ID\" = 30001"))
                .isEqualTo("FIN-2");
        for (String table : List.of("ACC_ISSUE", "ACC_CELL", "SLA_ALERT")) {
            assertThat(count("SELECT COUNT(*) FROM \"" + TABLES + table + "\" WHERE \"ISSUE_KEY\" = 'HELP-1'"))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    public void aDeletedProjectIsAllItsIssuesDeleted() throws SQLException {
        // given both issues have accountability facts
        comment("HELP-1", "carol");
        comment("FIN-1", "carol");
        assertThat(rows("ACC_ISSUE", 30001)).isEqualTo(1);
        assertThat(rows("ACC_ISSUE", 30002)).isEqualTo(1);

        // when
        lifecycle().deleteProject("FIN");

        // then
        assertThat(rows("ACC_ISSUE", 30002)).isZero();
        assertThat(rows("ACC_ISSUE", 30001)).isEqualTo(1);
    }

    @Test
    public void aDeactivatedPersonKeepsTheirKudosButReceivesNoNewOnesUntilReactivated() {
        // given
        giveKudos("carol", "alice", "Before she left", null);

        // when
        lifecycle().deactivate("alice");

        // then her kudos stay in history, and new kudos to her are refused
        assertThat(host.get(REST + "/kudos?receiver=user:JIRAUSER10100", "carol", "carol")
                        .body())
                .contains("Before she left");
        HttpResponse<String> refused = giveKudos("carol", "alice", "After she left", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Json.parse(refused.body()).path("errors").path(0).path("key").asText())
                .isEqualTo("service-culture.kudos.error.receiver.inactive");

        // and when she comes back, she can be thanked again
        lifecycle().reactivate("alice");
        assertThat(giveKudos("carol", "alice", "Welcome back", null).statusCode())
                .isEqualTo(201);
    }

    @Test
    public void aRenamedPersonKeepsTheirKudosAndShowsTheNewName() {
        // given
        giveKudos("carol", "alice", "Thanks for the laptop", null);

        // when
        lifecycle().rename("alice", "alicia", "Alicia Archer");

        // then
        JsonNode receiver = Json.parse(host.get(REST + "/kudos?receiver=user:JIRAUSER10100", "alicia", "alice")
                        .body())
                .path("kudos")
                .path(0)
                .path("receivers")
                .path(0);
        assertThat(receiver.path("key").asText()).isEqualTo("JIRAUSER10100");
        assertThat(receiver.path("displayName").asText()).isEqualTo("Alicia Archer");
    }

    @Test
    public void anAnonymisedPersonsWordsStayUnderTheirAnonymisedKey() {
        // given alice thanked carol twice and is in team-it
        giveKudos("alice", "carol", "Thanks for closing the books early", null);
        giveKudos("alice", "carol", "And for the audit", null);

        // when
        HostLifecycle.Anonymisation report = lifecycle().anonymise("alice");

        // then Jira's preview listed her two kudos, and the steps announced were the steps made
        assertThat(report.newKey()).isEqualTo("JIRAUSER10001");
        assertThat(report.errors()).isEmpty();
        assertThat(report.affected())
                .extracting(AffectedEntity::getDescriptionKey, AffectedEntity::getNumberOfOccurrences)
                .contains(org.assertj.core.groups.Tuple.tuple("service-culture.lifecycle.data.kudos-given", 2L));
        assertThat(report.stepsCompleted()).isEqualTo(report.tasks()).isPositive();
        String kudos =
                host.get(REST + "/kudos?receiver=user:carol", "carol", "carol").body();
        JsonNode first = Json.parse(kudos).path("kudos").path(0);
        assertThat(first.path("message").asText()).isIn("Thanks for closing the books early", "And for the audit");
        assertThat(first.path("giver").path("key").asText()).isEqualTo("JIRAUSER10001");
        assertThat(kudos).doesNotContain("Alice Archer").doesNotContain("JIRAUSER10100");
    }

    private HostLifecycle lifecycle() {
        return host.host().lifecycle();
    }

    private HttpResponse<String> comment(String issue, String user) {
        return host.send(host.request("/rest/api/2/issue/" + issue + "/comment", user, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Looking into it\"}"))
                .build());
    }

    private HttpResponse<String> rate(String issue, String user) {
        return host.send(host.request(REST + "/issue/" + issue + "/rating", user, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("stars", 4))))
                .build());
    }

    private HttpResponse<String> giveKudos(String giver, String receiver, String message, @Nullable String issue) {
        Map<String, Object> body = issue == null
                ? Map.of("receivers", List.of(receiver), "value", "own-it", "message", message)
                : Map.of("receivers", List.of(receiver), "value", "own-it", "message", message, "issue", issue);
        return host.send(host.request(REST + "/kudos", giver, giver)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build());
    }

    private long rows(String table, long issueId) throws SQLException {
        return count("SELECT COUNT(*) FROM \"" + TABLES + table + "\" WHERE \"ISSUE_ID\" = " + issueId);
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = host.host().database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }
}
