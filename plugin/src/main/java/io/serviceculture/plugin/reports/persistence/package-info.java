/** Kudos read for reports from the kudos tables, in key-ordered pages; the {@code *AO} entities stay here. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.reports.persistence;
