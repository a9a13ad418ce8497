/** Cross-team accountability in Jira: the use cases wired to Jira, issue and membership events, jobs, settings. */
@NullMarked
package io.serviceculture.plugin.accountability;

import org.jspecify.annotations.NullMarked;
