/**
 * Compile-only mirror of atlassian-mail's server lookup, following https://docs.atlassian.com/atlassian-mail/
 * (com.atlassian.mail.server.MailServerManager, SMTPMailServer): only what {@code SingleMailQueueItem#send()}
 * and the standalone host's SMTP server use. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.mail.server;
