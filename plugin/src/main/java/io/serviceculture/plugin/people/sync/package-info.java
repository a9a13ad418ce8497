/** Keeps membership periods in step with Jira's groups: Crowd membership events and a nightly reconciliation. */
@NullMarked
package io.serviceculture.plugin.people.sync;

import org.jspecify.annotations.NullMarked;
