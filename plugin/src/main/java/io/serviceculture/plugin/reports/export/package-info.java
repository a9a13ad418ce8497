/** Report tables written as files while they are read: CSV through the core's writer, XLSX through fastexcel. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.reports.export;
