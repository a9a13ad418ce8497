package com.atlassian.mail.server;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

public interface SMTPMailServer {
    String getDefaultFrom();

    void send(Email email) throws MailException;
}
