package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;

public interface MailQueueItem {
    void send() throws MailException;

    String getSubject();
}
