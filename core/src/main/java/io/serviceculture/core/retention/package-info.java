/** Retention: kudos and ratings older than an admin's limit are purged by a daily job. */
@NullMarked
package io.serviceculture.core.retention;

import org.jspecify.annotations.NullMarked;
