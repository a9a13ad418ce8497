package io.serviceculture.plugin.standards.web;

import io.serviceculture.core.standards.AlertKind;
import io.serviceculture.core.standards.ClockAlert;
import io.serviceculture.plugin.web.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The breach list page's view model: one row per alert, escaped here. */
public final class BreachListView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final List<Row> rows;

    private BreachListView(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static BreachListView of(List<ClockAlert> alerts, String contextPath, ZoneId zone) {
        return new BreachListView(
                alerts.stream().map(alert -> new Row(alert, contextPath, zone)).toList());
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isAnyRow() {
        return !rows.isEmpty();
    }

    /** One warning or breach. */
    public static final class Row {
        private final ClockAlert alert;
        private final String contextPath;
        private final ZoneId zone;

        Row(ClockAlert alert, String contextPath, ZoneId zone) {
            this.alert = alert;
            this.contextPath = contextPath;
            this.zone = zone;
        }

        public boolean isBreach() {
            return alert.kind() == AlertKind.BREACH;
        }

        public String getIssueKeyHtml() {
            return Html.escape(alert.issueKey());
        }

        public String getIssueUrlHtml() {
            return Html.escape(contextPath + "/browse/" + URLEncoder.encode(alert.issueKey(), StandardCharsets.UTF_8));
        }

        public String getStandardNameHtml() {
            return Html.escape(alert.standardName());
        }

        public String getMetricNameHtml() {
            return Html.escape(alert.metricName());
        }

        public String getRaisedAtHtml() {
            return Html.escape(WHEN.format(alert.raisedAt().atZone(zone)));
        }

        public String getRaisedAtIsoHtml() {
            return Html.escape(alert.raisedAt().toString());
        }

        public long getOverdueHours() {
            return alert.overdueBy().toHours();
        }

        public long getOverdueMinutes() {
            return alert.overdueBy().toMinutesPart();
        }
    }
}
