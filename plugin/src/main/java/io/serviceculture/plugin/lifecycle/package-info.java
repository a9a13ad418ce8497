/** Data lifecycle in Jira: issue and project events, and the user anonymisation handlers. */
@NullMarked
package io.serviceculture.plugin.lifecycle;

import org.jspecify.annotations.NullMarked;
