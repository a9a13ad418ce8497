/** Retention: the admin's limit in plugin settings and the daily job that purges what is older. */
@NullMarked
package io.serviceculture.plugin.retention;

import org.jspecify.annotations.NullMarked;
