package io.serviceculture.plugin.kudos.web;

import io.serviceculture.plugin.web.Html;

/** The Recognition page's view model: the feed itself is loaded by the page's script from REST. */
public final class RecognitionView {
    private final String viewerId;
    private final boolean moderator;
    private final boolean leaderboards;
    private final boolean admin;

    RecognitionView(String viewerId, boolean moderator, boolean leaderboards, boolean admin) {
        this.viewerId = viewerId;
        this.moderator = moderator;
        this.leaderboards = leaderboards;
        this.admin = admin;
    }

    public String getViewerIdHtml() {
        return Html.escape(viewerId);
    }

    /** HR or an admin: the feed offers "Hide"; the server checks again on every hide. */
    public boolean isModerator() {
        return moderator;
    }

    public boolean isLeaderboards() {
        return leaderboards;
    }

    public boolean isAdmin() {
        return admin;
    }
}
