/**
 * Kudos stored with Active Objects. The {@code *AO} entities stay in this package; the adapters hand out only
 * core records, and {@link java.util.Date} appears nowhere else.
 */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.kudos.persistence;
