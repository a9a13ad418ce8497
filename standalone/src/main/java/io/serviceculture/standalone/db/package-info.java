/** The host database: H2 by default, PostgreSQL on request. */
@NullMarked
package io.serviceculture.standalone.db;

import org.jspecify.annotations.NullMarked;
