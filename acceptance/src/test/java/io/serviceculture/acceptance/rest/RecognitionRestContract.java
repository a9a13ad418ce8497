package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.testing.RunningHost;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Recognition over HTTP: several receivers and issues, reactions, moderation, notices, the team feed, the
 * leaderboard and the picker's search. Alice gives at most one kudos per test and the admin one, so no test
 * runs into another's weekly allowance; each subclass runs it on one database.
 */
public abstract class RecognitionRestContract {

    protected abstract RunningHost host();

    @Test
    public void thanksSeveralPeopleInOneKudosLinkedToAnIssueAndListsItForThatIssue() {
        // when Alice thanks Carol and the admin at once, from HELP-1
        HttpResponse<String> given = send(
                "alice",
                "POST",
                "/kudos",
                Map.of(
                        "receivers", List.of("user:carol", "admin"),
                        "value", "one-team",
                        "message", "Thanks both for HELP-1",
                        "issue", "HELP-1"));

        // then it is one kudos with two receivers, listed for HELP-1 but not for FIN-1, which Alice may not browse
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        JsonNode kudos = Json.parse(given.body());
        assertThat(kudos.path("receivers"))
                .extracting(r -> r.path("displayName").asText())
                .containsExactly("Carol Clerk", "Ada Admin");
        assertThat(kudos.path("issue").path("key").asText()).isEqualTo("HELP-1");
        assertThat(messages(host().get(REST + "/kudos?issue=HELP-1", "carol", "carol")))
                .contains("Thanks both for HELP-1");
        assertThat(host().get(REST + "/kudos?issue=FIN-1", "alice", "alice").statusCode())
                .isEqualTo(404);
    }

    @Test
    public void countsOneReactionPerPersonAndLetsThemTakeItBack() {
        long id = give("admin", "carol", "Thanks for the reconciliation");

        JsonNode once = Json.parse(
                send("carol", "PUT", "/kudos/" + id + "/reaction", null).body());
        JsonNode twice = Json.parse(
                send("carol", "PUT", "/kudos/" + id + "/reaction", null).body());
        JsonNode alice = Json.parse(
                send("alice", "PUT", "/kudos/" + id + "/reaction", null).body());
        JsonNode back = Json.parse(
                send("carol", "DELETE", "/kudos/" + id + "/reaction", null).body());

        assertThat(once.path("count").asInt()).isEqualTo(1);
        assertThat(twice.path("count").asInt()).isEqualTo(1);
        assertThat(alice.path("count").asInt()).isEqualTo(2);
        assertThat(alice.path("mine").asBoolean()).isTrue();
        assertThat(back.path("count").asInt()).isEqualTo(1);
        assertThat(back.path("mine").asBoolean()).isFalse();
        JsonNode seenByAlice =
                Json.parse(host().get(REST + "/kudos/" + id, "alice", "alice").body());
        assertThat(seenByAlice.path("reactions").path("count").asInt()).isEqualTo(1);
        assertThat(seenByAlice.path("reactions").path("mine").asBoolean()).isTrue();
    }

    @Test
    public void hidesKudosOnlyForHrAndAdminsWithAReasonAndAudits() {
        // given
        long id = give("alice", "carol", "Something a moderator will hide");

        // when
        HttpResponse<String> byAlice = send("alice", "POST", "/kudos/" + id + "/hide", Map.of("reason", "Mine"));
        HttpResponse<String> byAdmin =
                send("admin", "POST", "/kudos/" + id + "/hide", Map.of("reason", "Names a client"));
        HttpResponse<String> again = send("admin", "POST", "/kudos/" + id + "/hide", Map.of("reason", "Twice"));

        // then
        assertThat(byAlice.statusCode()).isEqualTo(403);
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        assertThat(Json.parse(byAdmin.body()).path("hidden").asBoolean()).isTrue();
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(messages(host().get(REST + "/kudos?receiver=user:carol&limit=100", "carol", "carol")))
                .doesNotContain("Something a moderator will hide");
        assertThat(send("carol", "PUT", "/kudos/" + id + "/reaction", null).statusCode())
                .isEqualTo(404);
        // Alice reads Jira in German, so her mail is German
        assertThat(mailTo("alice@example.com", "Ihr Kudos wurde ausgeblendet"))
                .contains("Something a moderator will hide")
                .contains("Names a client");
        assertThat(host().host().audit().latest()).anySatisfy(event -> {
            assertThat(event.getActionI18nKey()).isEqualTo("service-culture.audit.kudos.hidden");
            assertThat(event.getExtraAttributeByKey("service-culture.audit.attribute.reason"))
                    .contains("Names a client");
        });
    }

    @Test
    public void noticesTheReceiverOfNewKudosUntilDismissed() {
        // given
        long id = give("admin", "alice", "A notice for Alice");

        // when
        JsonNode notices =
                Json.parse(host().get(REST + "/kudos/notices", "alice", "alice").body());
        HttpResponse<String> seen = send(
                "alice",
                "POST",
                "/kudos/notices/seen",
                Map.of("upTo", notices.path("newestId").asLong()));

        // then
        assertThat(notices.path("kudos")).extracting(k -> k.path("id").asLong()).contains(id);
        assertThat(notices.path("title").asText()).containsIgnoringCase("kudos");
        assertThat(seen.statusCode()).isEqualTo(204);
        assertThat(Json.parse(host().get(REST + "/kudos/notices", "alice", "alice")
                                .body())
                        .path("kudos"))
                .isEmpty();
    }

    @Test
    public void listsKudosToTheReadersTeamAndItsMembersInTheTeamFeed() {
        // given team-finance is a team, and Carol is in it
        send("admin", "POST", "/admin/people/teams", Map.of("group", "team-finance"));
        HttpResponse<String> toTeam = send(
                "alice",
                "POST",
                "/kudos",
                Map.of("receivers", List.of("team:team-finance"), "value", "own-it", "message", "Thanks, finance!"));
        assertThat(toTeam.statusCode()).as(toTeam.body()).isEqualTo(201);

        // then Carol's team feed has it; Alice, in no marked team, sees an empty team feed
        assertThat(messages(host().get(REST + "/kudos?team=mine", "carol", "carol")))
                .contains("Thanks, finance!");
        assertThat(messages(host().get(REST + "/kudos?team=mine", "alice", "alice")))
                .doesNotContain("Thanks, finance!");
        assertThat(host().get(REST + "/kudos?team=yours", "carol", "carol").statusCode())
                .isEqualTo(400);
    }

    @Test
    public void searchesOnlyActiveLicensedPeopleByName() {
        assertThat(names(host().get(REST + "/people/search?q=car", "alice", "alice")))
                .containsExactly("Carol Clerk");
        // Bob has no Jira licence; Dave is deactivated
        assertThat(names(host().get(REST + "/people/search?q=bo", "alice", "alice")))
                .isEmpty();
        assertThat(names(host().get(REST + "/people/search?q=dave", "alice", "alice")))
                .isEmpty();
        assertThat(names(host().get(REST + "/people/search?q=", "alice", "alice")))
                .isEmpty();
    }

    @Test
    public void ranksOnlyWhenSwitchedOnAndHidesCountsFromOthersAndLeavesOutOptOuts() {
        // given leaderboards are off by default
        assertThat(host().get(REST + "/kudos/leaderboard", "alice", "alice").statusCode())
                .isEqualTo(404);
        give("carol", "admin", "For the leaderboard");

        // when the admin turns them on
        HttpResponse<String> on = send("admin", "PUT", "/kudos/settings/leaderboards", Map.of("on", true));
        try {
            assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
            JsonNode byAlice = entryOf(host().get(REST + "/kudos/leaderboard", "alice", "alice"), "admin");
            JsonNode byAdmin = entryOf(host().get(REST + "/kudos/leaderboard", "admin", "admin"), "admin");

            // then the admin is ranked; Alice does not see the count, the admin sees their own
            assertThat(byAlice.path("count").isNull()).isTrue();
            assertThat(byAdmin.path("count").asInt()).isPositive();

            // and after opting out the admin is not ranked at all
            send("admin", "PUT", "/kudos/preferences", Map.of("leaderboardOptOut", true));
            assertThat(Json.parse(host().get(REST + "/kudos/leaderboard", "alice", "alice")
                                    .body())
                            .path("entries"))
                    .noneMatch(e -> e.path("person").path("key").asText().equals("admin"));
        } finally {
            send("admin", "PUT", "/kudos/preferences", Map.of("leaderboardOptOut", false));
            send("admin", "PUT", "/kudos/settings/leaderboards", Map.of("on", false));
        }
    }

    /** The decoded body of the first mail to the address with the subject, waiting up to ten seconds for it. */
    private String mailTo(String address, String subject) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        try {
            while (System.nanoTime() < deadline) {
                for (MimeMessage message : host().host().mail().getReceivedMessages()) {
                    if (subject.equals(message.getSubject()) && isTo(message, address)) {
                        return String.valueOf(message.getContent());
                    }
                }
                Thread.sleep(100);
            }
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        throw new AssertionError("no mail \"" + subject + "\" to " + address);
    }

    private static boolean isTo(MimeMessage message, String address) throws MessagingException {
        Address[] recipients = message.getAllRecipients();
        if (recipients == null) {
            return false;
        }
        for (Address recipient : recipients) {
            if (recipient.toString().contains(address)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode entryOf(HttpResponse<String> board, String key) {
        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        for (JsonNode entry : Json.parse(board.body()).path("entries")) {
            if (entry.path("person").path("key").asText().equals(key)) {
                return entry;
            }
        }
        throw new AssertionError(key + " is not on " + board.body());
    }

    private long give(String giver, String receiver, String message) {
        HttpResponse<String> response = send(
                giver, "POST", "/kudos", Map.of("receivers", List.of(receiver), "value", "own-it", "message", message));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body()).path("id").asLong();
    }

    private HttpResponse<String> send(String user, String method, String path, Map<String, ?> body) {
        HttpRequest.Builder request = host().request(REST + path, user, user).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
        }
        return host().send(request.build());
    }

    private static List<String> messages(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<String> messages = new ArrayList<>();
        Json.parse(page.body())
                .path("kudos")
                .forEach(k -> messages.add(k.path("message").asText()));
        return messages;
    }

    private static List<String> names(HttpResponse<String> matches) {
        assertThat(matches.statusCode()).as(matches.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        Json.parse(matches.body()).forEach(m -> names.add(m.path("displayName").asText()));
        return names;
    }
}
