/** Real databases for the plugin's persistence tests: H2 in memory and an embedded PostgreSQL. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.testing;
