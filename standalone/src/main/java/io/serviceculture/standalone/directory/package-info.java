/** The host's Jira-like users and groups, with passwords for demo users. */
@NullMarked
package io.serviceculture.standalone.directory;

import org.jspecify.annotations.NullMarked;
