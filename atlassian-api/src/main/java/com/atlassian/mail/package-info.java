/**
 * Compile-only mirror of atlassian-mail's message bean, following
 * https://docs.atlassian.com/atlassian-mail/ (com.atlassian.mail.Email, MailException, MailFactory). Only the
 * members the app and the standalone host call. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.mail;
