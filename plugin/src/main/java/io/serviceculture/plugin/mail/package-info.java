/** Mail to people through Jira's mail queue, rendered in each recipient's language, with per-topic opt-outs. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.mail;
