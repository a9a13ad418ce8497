/** Contract tests of the insights' SQL aggregates on H2 and PostgreSQL. */
@NullMarked
package io.serviceculture.plugin.insights.persistence;

import org.jspecify.annotations.NullMarked;
