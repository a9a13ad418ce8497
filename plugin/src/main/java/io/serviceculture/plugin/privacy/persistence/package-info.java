/** Reads the caller's own rows from every table of the app. */
@NullMarked
package io.serviceculture.plugin.privacy.persistence;

import org.jspecify.annotations.NullMarked;
