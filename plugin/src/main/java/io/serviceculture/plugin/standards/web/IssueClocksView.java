package io.serviceculture.plugin.standards.web;

import io.serviceculture.plugin.standards.rest.ClocksJson;
import io.serviceculture.plugin.web.Html;
import java.util.List;

/** The clocks panel of one issue. */
public final class IssueClocksView {
    private final String issueKey;
    private final List<ClockView> clocks;

    IssueClocksView(String issueKey, List<ClockView> clocks) {
        this.issueKey = issueKey;
        this.clocks = List.copyOf(clocks);
    }

    static IssueClocksView of(ClocksJson json) {
        return new IssueClocksView(
                json.issueKey(), json.clocks().stream().map(ClockView::new).toList());
    }

    static IssueClocksView empty() {
        return new IssueClocksView("", List.of());
    }

    public String getIssueKeyHtml() {
        return Html.escape(issueKey);
    }

    public List<ClockView> getClocks() {
        return clocks;
    }

    public boolean isAnyClock() {
        return !clocks.isEmpty();
    }
}
