/**
 * Compile-only mirror of Jira's mail queue, following https://docs.atlassian.com/atlassian-mail/
 * (com.atlassian.mail.queue.MailQueue, MailQueueItem, SingleMailQueueItem, AbstractMailQueueItem); Jira exposes the queue to apps as
 * the {@code MailQueue} component. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.mail.queue;
