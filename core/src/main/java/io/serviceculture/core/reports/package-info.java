/** HR recognition reports over kudos: filters, detail rows, summaries, and CSV written as it is read. */
@NullMarked
package io.serviceculture.core.reports;

import org.jspecify.annotations.NullMarked;
