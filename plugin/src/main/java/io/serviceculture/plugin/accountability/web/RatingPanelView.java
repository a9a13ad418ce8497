package io.serviceculture.plugin.accountability.web;

import io.serviceculture.core.accountability.ServiceRating;
import io.serviceculture.plugin.web.Html;
import java.util.List;
import java.util.Optional;

/** The rating panel's view model: the issue, the reporter's rating if given, and whether they may change it. */
public final class RatingPanelView {
    private final String issueKey;
    private final Optional<ServiceRating> rating;
    private final boolean editable;

    RatingPanelView(String issueKey, Optional<ServiceRating> rating, boolean editable) {
        this.issueKey = issueKey;
        this.rating = rating;
        this.editable = editable;
    }

    public String getIssueKeyHtml() {
        return Html.escape(issueKey);
    }

    public boolean isRated() {
        return rating.isPresent();
    }

    public boolean isEditable() {
        return editable;
    }

    public int getStars() {
        return rating.map(ServiceRating::stars).orElse(0);
    }

    public String getCommentHtml() {
        return Html.escape(rating.map(ServiceRating::comment).orElse(""));
    }

    /** The choices 1–5, for the form's radio buttons. */
    public List<Integer> getChoices() {
        return List.of(1, 2, 3, 4, 5);
    }
}
