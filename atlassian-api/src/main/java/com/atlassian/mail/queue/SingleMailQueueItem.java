package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;

/**
 * One email, sent through the default SMTP server when the queue runs it; as in Jira, nothing is sent while no
 * SMTP server is configured.
 */
public class SingleMailQueueItem implements MailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    @Override
    public void send() throws MailException {
        MailServerManager servers = MailFactory.getServerManager();
        SMTPMailServer server = servers == null ? null : servers.getDefaultSMTPMailServer();
        if (server != null) {
            server.send(email);
        }
    }

    @Override
    public String getSubject() {
        return email.getSubject();
    }
}
