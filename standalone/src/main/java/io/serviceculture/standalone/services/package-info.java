/** The host's own implementations of the Jira, SAL and platform services the plugin imports. */
@NullMarked
package io.serviceculture.standalone.services;

import org.jspecify.annotations.NullMarked;
