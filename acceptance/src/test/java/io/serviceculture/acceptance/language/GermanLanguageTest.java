package io.serviceculture.acceptance.language;

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
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Alice's Jira language is German (de_DE in the test data), Carol's British English: each reads the app's pages,
 * errors and mail in their own language, whatever the language of the person who caused them.
 */
public class GermanLanguageTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final String RECOGNITION = "/plugins/servlet/service-culture/recognition";

    @Test
    public void showsTheRecognitionPageInGermanToAGermanUser() {
        // when
        HttpResponse<String> page = HOST.login("alice", "alice").get(RECOGNITION);

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"de-DE\">")
                .contains("<h1>Anerkennung</h1>")
                .contains("Kudos geben")
                .contains("Neueste Kudos")
                .doesNotContain("Latest kudos");
    }

    @Test
    public void showsTheSamePageInEnglishToAnEnglishUser() {
        // when
        HttpResponse<String> page = HOST.login("carol", "carol").get(RECOGNITION);

        // then
        assertThat(page.body())
                .contains("<html lang=\"en-GB\">")
                .contains("<h1>Recognition</h1>")
                .contains("Latest kudos")
                .doesNotContain("Anerkennung");
    }

    @Test
    public void answersAGermanUsersMistakeInGerman() {
        // when Alice thanks herself
        HttpResponse<String> response = giveKudos("alice", "alice", "Danke, ich!");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Json.parse(response.body()).path("errors").get(0);
        assertThat(error.path("key").asText()).isEqualTo("service-culture.kudos.error.self");
        assertThat(error.path("message").asText()).isEqualTo("Sie k\u00f6nnen sich nicht selbst Kudos geben.");
    }

    @Test
    public void mailsAGermanReceiverInGermanWhenAnEnglishColleagueThanksThem() throws Exception {
        // when Carol, who reads English, thanks Alice
        HttpResponse<String> given = giveKudos("carol", "alice", "Thanks for the quick VPN fix");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);

        // then Alice's mail is German: the subject names Carol and the value as the admin named it
        MimeMessage mail =
                mailTo("alice@example.com", "Carol Clerk hat Ihnen Kudos f\u00fcr Own it end to end gegeben");
        String body = String.valueOf(mail.getContent());
        assertThat(body)
                .contains("Carol Clerk dankt Ihnen daf\u00fcr, dass Sie den Wert \u201eOwn it end to end\u201c leben:")
                .contains("Thanks for the quick VPN fix")
                .contains("Alle Ihre Kudos finden Sie auf der Seite Anerkennung in Jira.")
                .doesNotContain("thanked you");
    }

    private static HttpResponse<String> giveKudos(String giver, String receiver, String message) {
        return HOST.send(HOST.request(REST + "/kudos", giver, giver)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Json.write(Map.of("receivers", List.of(receiver), "value", "own-it", "message", message))))
                .build());
    }

    /** The first mail to the address with the subject, waiting up to ten seconds for the mail queue. */
    private static MimeMessage mailTo(String address, String subject) throws MessagingException, IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : HOST.host().mail().getReceivedMessages()) {
                if (subject.equals(message.getSubject()) && isTo(message, address)) {
                    return message;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : HOST.host().mail().getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        throw new AssertionError("no mail \"" + subject + "\" to " + address + "; received: " + subjects);
    }

    private static boolean isTo(MimeMessage message, String address) throws MessagingException {
        Address[] recipients = message.getAllRecipients();
        return recipients != null
                && List.of(recipients).stream().anyMatch(r -> r.toString().contains(address));
    }
}
