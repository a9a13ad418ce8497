package com.atlassian.mail.queue;

/**
 * The base of Jira's mail queue items (atlassian-mail's {@code com.atlassian.mail.queue.AbstractMailQueueItem}):
 * it keeps the subject and the queue's bookkeeping, so a subclass only implements {@link #send()}. Mirrored: the
 * constructor with a subject and {@link #getSubject()}.
 */
public abstract class AbstractMailQueueItem implements MailQueueItem {
    private final String subject;

    public AbstractMailQueueItem(String subject) {
        this.subject = subject;
    }

    @Override
    public String getSubject() {
        return subject;
    }
}
