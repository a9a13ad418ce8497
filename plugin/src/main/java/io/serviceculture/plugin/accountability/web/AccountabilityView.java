package io.serviceculture.plugin.accountability.web;

import io.serviceculture.plugin.web.Html;

/** The Accountability page's view model: the figures themselves come from REST. */
public final class AccountabilityView {
    private final String contextPath;

    AccountabilityView(String contextPath) {
        this.contextPath = contextPath;
    }

    public String getContextPathHtml() {
        return Html.escape(contextPath);
    }
}
