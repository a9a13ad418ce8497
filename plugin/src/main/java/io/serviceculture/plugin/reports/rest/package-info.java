/** HR reports over REST: filters, preview, counts, summaries and streamed CSV and XLSX downloads. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.plugin.reports.rest;
