package io.serviceculture.plugin.insights.web;

import io.serviceculture.plugin.web.Html;

/** One line of a table on the insights page: a name and up to two figures, already formatted. */
public final class InsightsRow {
    private final String name;
    private final String count;
    private final String share;

    InsightsRow(String name, String count, String share) {
        this.name = name;
        this.count = count;
        this.share = share;
    }

    public String getNameHtml() {
        return Html.escape(name);
    }

    public String getCountHtml() {
        return Html.escape(count);
    }

    public String getShareHtml() {
        return Html.escape(share);
    }
}
