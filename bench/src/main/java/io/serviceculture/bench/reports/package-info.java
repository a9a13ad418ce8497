/** The HR export benchmark: a million kudos in PostgreSQL, downloaded as CSV and XLSX through the standalone host. */
@NullMarked
package io.serviceculture.bench.reports;

import org.jspecify.annotations.NullMarked;
