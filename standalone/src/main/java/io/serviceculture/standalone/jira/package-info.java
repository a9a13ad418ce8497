/** The host's Jira model: projects with their browse permission, statuses and issues. */
@NullMarked
package io.serviceculture.standalone.jira;

import org.jspecify.annotations.NullMarked;
