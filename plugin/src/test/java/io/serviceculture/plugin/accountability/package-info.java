/** Tests of accountability's Jira wiring. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.accountability;
