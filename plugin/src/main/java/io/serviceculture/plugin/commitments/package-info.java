/** Service commitments in Jira: the core's use cases wired to the people directory, standards, kudos and audit. */
@NullMarked
package io.serviceculture.plugin.commitments;

import org.jspecify.annotations.NullMarked;
