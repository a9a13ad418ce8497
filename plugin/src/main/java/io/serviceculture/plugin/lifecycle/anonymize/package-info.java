/** Jira's user anonymisation extension points, implemented for the app's tables. */
@NullMarked
package io.serviceculture.plugin.lifecycle.anonymize;

import org.jspecify.annotations.NullMarked;
