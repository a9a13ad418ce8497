package io.serviceculture.core.reports;

import java.io.IOException;
import java.util.List;

/**
 * Where a report table is written as it is produced: a CSV stream, a spreadsheet, a test's list. Cells are
 * {@link String}s or {@link Long}s.
 */
public interface TableSink {
    /** Called once, before any row, with the i18n keys of the column headers. */
    void columns(List<String> headerKeys) throws IOException;

    void row(List<Object> cells) throws IOException;
}
