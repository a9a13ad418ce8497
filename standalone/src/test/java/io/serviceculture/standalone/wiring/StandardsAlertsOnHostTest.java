package io.serviceculture.standalone.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serviceculture.standalone.testing.RunningHost;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The alert sweep end to end: an issue event stores FIN-1's running resolution clock, already past its one-hour
 * goal (the issue was created on 2 November and never resolved); the cluster-once job raises the breach once,
 * lists it for who may browse FIN-1, and mails the reporter (who watches it) once, however often it runs.
 */
public class StandardsAlertsOnHostTest {
    @ClassRule
    public static final RunningHost HOST = RunningHost.withTestData();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JobId SWEEP = JobId.of("io.serviceculture.jira.standards.alerts");
    private static final String BREACHES = "/rest/service-culture/1.0/standards/breaches";

    @Test
    public void raisesABreachOnceAndMailsTheWatcherOnce() throws IOException, MessagingException {
        // given a one-hour resolution standard on FIN, round the clock, and an event on FIN-1
        String calendar = "{\"id\":\"always\",\"name\":\"Always\",\"zone\":\"UTC\",\"hours\":{"
                + "\"MONDAY\":[\"00:00-24:00\"],\"TUESDAY\":[\"00:00-24:00\"],\"WEDNESDAY\":[\"00:00-24:00\"],"
                + "\"THURSDAY\":[\"00:00-24:00\"],\"FRIDAY\":[\"00:00-24:00\"],\"SATURDAY\":[\"00:00-24:00\"],"
                + "\"SUNDAY\":[\"00:00-24:00\"]},\"holidays\":[]}";
        String standard = "{\"id\":\"fin\",\"versions\":[{\"effectiveFrom\":\"2026-01-01T00:00:00Z\","
                + "\"name\":\"Finance desk\",\"rule\":{\"projects\":[\"FIN\"]},\"metrics\":["
                + "{\"key\":\"resolution\",\"name\":\"Time to resolution\",\"start\":[\"ISSUE_CREATED\"],"
                + "\"pauses\":[],\"stop\":[\"RESOLUTION_SET\"],\"goal\":\"PT1H\","
                + "\"warningPercent\":75,\"calendar\":\"always\"}]}]}";
        assertThat(postAs("admin", "/rest/service-culture/1.0/calendars", calendar)
                        .statusCode())
                .isEqualTo(200);
        assertThat(postAs("admin", "/rest/service-culture/1.0/standards", standard)
                        .statusCode())
                .isEqualTo(200);
        assertThat(postAs("carol", "/rest/api/2/issue/FIN-1/comment", "{\"body\":\"Any news?\"}")
                        .statusCode())
                .isEqualTo(201);
        int mailsBefore = HOST.host().mail().getReceivedMessages().length;

        // when the sweep runs twice
        JobRunnerResponse first = HOST.host().scheduler().runNow(SWEEP);
        HOST.host().mail().waitForIncomingEmail(10_000, mailsBefore + 1);
        JobRunnerResponse second = HOST.host().scheduler().runNow(SWEEP);
        HOST.host().mail().waitForIncomingEmail(2_000, mailsBefore + 2);

        // then one breach is listed for Carol (who may browse FIN-1), none for the admin (who may not)
        assertThat(first.getMessage()).isEqualTo("raised 1 alerts");
        assertThat(second.getMessage()).isEqualTo("raised 0 alerts");
        JsonNode carols = JSON.readTree(HOST.get(BREACHES, "carol", "carol").body());
        assertThat(carols).hasSize(1);
        assertThat(carols.get(0).get("issueKey").asText()).isEqualTo("FIN-1");
        assertThat(carols.get(0).get("kind").asText()).isEqualTo("BREACH");
        assertThat(carols.get(0).get("overdueSeconds").asLong()).isPositive();
        assertThat(JSON.readTree(HOST.get(BREACHES, "admin", "admin").body())).isEmpty();
        // and one mail went to Carol, the reporter, who watches her issue
        MimeMessage[] mails = HOST.host().mail().getReceivedMessages();
        assertThat(mails).hasSize(mailsBefore + 1);
        MimeMessage mail = mails[mails.length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("carol@example.com");
        assertThat(mail.getSubject()).isEqualTo("FIN-1: Time to resolution breached its service standard");
        // and the page lists it too
        HttpResponse<String> page = HOST.login("carol", "carol").get("/plugins/servlet/service-culture/breaches");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"sc-std-breach\"", ">FIN-1</a>", "Finance desk");
    }

    private static HttpResponse<String> postAs(String user, String path, String json) {
        return HOST.send(HOST.request(path, user, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
