/** Reads and replaces the whole configuration in one Active Objects transaction. */
@NullMarked
package io.serviceculture.plugin.config.persistence;

import org.jspecify.annotations.NullMarked;
