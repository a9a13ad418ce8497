package io.serviceculture.standalone.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class HostMailQueueTest {
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private HostMailQueue queue;

    @Before
    public void startSmtp() {
        smtp.start();
        queue = new HostMailQueue(new HostSmtpServer(smtp.getSmtp().getPort()));
    }

    @After
    public void stop() {
        queue.close();
        smtp.stop();
    }

    @Test
    public void deliversAQueuedItemToTheSmtpServerAsHtml() throws Exception {
        queue.addItem(new SingleMailQueueItem(new Email("alice@example.com")
                .setSubject("Anerkennung für Ihre Hilfe")
                .setBody("<p>Danke, Alice!</p>")
                .setMimeType("text/html")));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("alice@example.com");
        assertThat(received.getSubject()).isEqualTo("Anerkennung für Ihre Hilfe");
        assertThat(received.getContentType()).startsWith("text/html");
        assertThat(GreenMailUtil.getBody(received)).contains("Danke, Alice!");
        assertThat(received.getFrom()).extracting(Object::toString).containsExactly(HostSmtpServer.DEFAULT_FROM);
    }

    @Test
    public void eachQueueSendsThroughItsOwnServerWhenHostsShareTheJvm() throws Exception {
        GreenMail otherSmtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        otherSmtp.start();
        try (HostMailQueue otherQueue =
                new HostMailQueue(new HostSmtpServer(otherSmtp.getSmtp().getPort()))) {
            queue.addItem(new SingleMailQueueItem(new Email("one@example.com").setSubject("one")));
            otherQueue.addItem(new SingleMailQueueItem(new Email("two@example.com").setSubject("two")));

            assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(otherSmtp.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(smtp.getReceivedMessages())
                    .extracting(MimeMessage::getSubject)
                    .containsExactly("one");
            assertThat(otherSmtp.getReceivedMessages())
                    .extracting(MimeMessage::getSubject)
                    .containsExactly("two");
        } finally {
            otherSmtp.stop();
        }
    }
}
