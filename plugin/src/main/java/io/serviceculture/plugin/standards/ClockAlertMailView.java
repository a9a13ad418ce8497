package io.serviceculture.plugin.standards;

import io.serviceculture.core.standards.AlertKind;
import io.serviceculture.core.standards.ClockAlert;
import io.serviceculture.plugin.web.Html;

/** What the alert mail shows; getters ending in {@code Html} are escaped here. */
public final class ClockAlertMailView {
    private final ClockAlert alert;

    public ClockAlertMailView(ClockAlert alert) {
        this.alert = alert;
    }

    public boolean isBreach() {
        return alert.kind() == AlertKind.BREACH;
    }

    public String getIssueKeyHtml() {
        return Html.escape(alert.issueKey());
    }

    public String getStandardNameHtml() {
        return Html.escape(alert.standardName());
    }

    public String getMetricNameHtml() {
        return Html.escape(alert.metricName());
    }

    public long getOverdueHours() {
        return alert.overdueBy().toHours();
    }

    public long getOverdueMinutes() {
        return alert.overdueBy().toMinutesPart();
    }
}
