package io.serviceculture.plugin.kudos.web;

import io.serviceculture.plugin.web.Html;

/** The Recognition page's view model: the feed itself is loaded by the page's script from REST. */
public final class RecognitionView {
    private final String viewerId;

    RecognitionView(String viewerId) {
        this.viewerId = viewerId;
    }

    public String getViewerIdHtml() {
        return Html.escape(viewerId);
    }
}
