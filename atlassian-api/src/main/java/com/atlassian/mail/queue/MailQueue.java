package com.atlassian.mail.queue;

/** Sends mail asynchronously: items are queued and sent by Jira's mail queue job. */
public interface MailQueue {
    void addItem(MailQueueItem item);

    int size();
}
