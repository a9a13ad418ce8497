package io.serviceculture.standalone.services;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.SMTPMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Properties;

/** Jira's configured SMTP server: here, the host's own GreenMail server on localhost. */
public final class HostSmtpServer implements SMTPMailServer {
    static final String DEFAULT_FROM = "jira@localhost";

    private final Session session;

    public HostSmtpServer(int port) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "localhost");
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        session = Session.getInstance(properties);
    }

    @Override
    public String getDefaultFrom() {
        return DEFAULT_FROM;
    }

    @Override
    public void send(Email email) throws MailException {
        try {
            MimeMessage message = new MimeMessage(session);
            String from = email.getFrom() == null ? DEFAULT_FROM : email.getFrom();
            message.setFrom(
                    email.getFromName() == null
                            ? new InternetAddress(from)
                            : new InternetAddress(from, email.getFromName(), email.getEncoding()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.getTo()));
            message.setSubject(email.getSubject(), email.getEncoding());
            message.setContent(email.getBody(), email.getMimeType() + "; charset=" + email.getEncoding());
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailException("Could not send mail to " + email.getTo(), e);
        }
    }
}
