package io.serviceculture.plugin.review.web;

import io.serviceculture.plugin.web.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The profile link's view model: the person's user name, as the review pack page is addressed by it. */
public final class ReviewPackLinkView {
    private final String userName;

    ReviewPackLinkView(String userName) {
        this.userName = userName;
    }

    public String getUserParamHtml() {
        return Html.escape(URLEncoder.encode(userName, StandardCharsets.UTF_8));
    }
}
