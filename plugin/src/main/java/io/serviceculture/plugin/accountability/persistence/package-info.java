/** Active Objects storage of each issue's accountability facts, its cell contributions and service ratings. */
@NullMarked
package io.serviceculture.plugin.accountability.persistence;

import org.jspecify.annotations.NullMarked;
