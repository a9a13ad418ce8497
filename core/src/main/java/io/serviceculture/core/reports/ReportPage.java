package io.serviceculture.core.reports;

import java.util.List;
import java.util.OptionalLong;

/**
 * A page of detail rows for the preview. Pages end between kudos, never inside one, so the cursor is the last
 * kudos id shown and the next page starts after it.
 */
public record ReportPage(List<KudosReportRow> rows, OptionalLong nextAfter) {
    public ReportPage {
        rows = List.copyOf(rows);
    }
}
