/** The accountability AO adapters tested on H2 and PostgreSQL. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.accountability.persistence;
