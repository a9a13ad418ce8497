/** Jira's users, groups, time zones and permissions behind the core's people and visibility ports. */
@NullMarked
package io.serviceculture.plugin.people;

import org.jspecify.annotations.NullMarked;
