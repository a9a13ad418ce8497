/** HR recognition reports in Jira: who may run them, the admin's setting for private text, and the audit of exports. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.reports;
