package io.serviceculture.plugin.reports.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the reports API. */
final class ReportJson {
    private ReportJson() {}

    /** How many detail rows a filter selects: the page asks first, to show progress while it downloads. */
    record CountJson(long rows) {}

    /** A page of the detail table: the headers in the reader's language, cells as in the CSV. */
    record PreviewJson(List<String> columns, List<List<Object>> rows, @Nullable Long nextAfter, boolean privateText) {}

    record PersonJson(String user, String name, long received, long given) {}

    record TeamJson(String team, long received, long given) {}

    record ValueJson(String id, String name, long kudos) {}

    record MonthJson(String month, long kudos) {}

    /** The summaries for the page's charts; people are the top ones by kudos received. */
    record SummariesJson(
            long kudos,
            long privateKudos,
            long rows,
            long peopleTotal,
            List<PersonJson> people,
            List<TeamJson> teams,
            List<ValueJson> values,
            List<MonthJson> months) {}

    record SettingsJson(@Nullable Boolean privateText) {}
}
