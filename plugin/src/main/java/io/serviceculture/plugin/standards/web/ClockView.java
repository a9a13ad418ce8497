package io.serviceculture.plugin.standards.web;

import io.serviceculture.plugin.standards.rest.ClocksJson.ClockJson;
import io.serviceculture.plugin.standards.rest.ClocksJson.OngoingJson;
import io.serviceculture.plugin.web.Html;

/** One metric's clock in the issue panel; every getter a template calls escapes here. */
public final class ClockView {
    private final ClockJson clock;

    ClockView(ClockJson clock) {
        this.clock = clock;
    }

    /** Identifies the clock for the script that refreshes it: standard and metric. */
    public String getIdHtml() {
        return Html.escape(clock.standard() + "/" + clock.metric());
    }

    public String getStandardNameHtml() {
        return Html.escape(clock.standardName());
    }

    public String getMetricNameHtml() {
        return Html.escape(clock.metricName());
    }

    /** The state as a word for styles ({@code running}, {@code paused}…); the text beside it says the same. */
    public String getStateHtml() {
        return Html.escape(clock.state());
    }

    public String getStateTextHtml() {
        return Html.escape(clock.stateText());
    }

    public boolean isOngoing() {
        return clock.ongoing() != null;
    }

    public String getRemainingTextHtml() {
        OngoingJson ongoing = clock.ongoing();
        return ongoing == null ? "" : Html.escape(ongoing.remainingText());
    }

    public String getPausedReasonHtml() {
        OngoingJson ongoing = clock.ongoing();
        return ongoing == null || ongoing.pausedReasonText() == null ? "" : Html.escape(ongoing.pausedReasonText());
    }

    public String getDueAtHtml() {
        OngoingJson ongoing = clock.ongoing();
        return ongoing == null || ongoing.dueAt() == null ? "" : Html.escape(ongoing.dueAt());
    }

    public String getDueTextHtml() {
        OngoingJson ongoing = clock.ongoing();
        return ongoing == null || ongoing.dueText() == null ? "" : Html.escape(ongoing.dueText());
    }

    public boolean isAnyCompleted() {
        return !clock.completed().isEmpty();
    }

    public String getCyclesTextHtml() {
        return Html.escape(clock.cyclesText());
    }
}
