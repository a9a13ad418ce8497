/** Contract tests of the commitments tables on H2 and PostgreSQL. */
@NullMarked
package io.serviceculture.plugin.commitments.persistence;

import org.jspecify.annotations.NullMarked;
