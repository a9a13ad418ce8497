/** Velocity 1.7 as Jira 10 runs it: only allowlisted methods may be called from a template. */
@NullMarked
package io.serviceculture.standalone.velocity;

import org.jspecify.annotations.NullMarked;
