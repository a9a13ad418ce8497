package io.serviceculture.plugin.kudos.web;

import io.serviceculture.plugin.web.Html;
import java.util.List;

/** The issue panel's view model. */
public final class IssueKudosView {
    private final String issueKey;
    private final List<KudosItemView> kudos;

    IssueKudosView(String issueKey, List<KudosItemView> kudos) {
        this.issueKey = issueKey;
        this.kudos = List.copyOf(kudos);
    }

    public String getIssueKeyHtml() {
        return Html.escape(issueKey);
    }

    public List<KudosItemView> getKudos() {
        return kudos;
    }

    public boolean isAnyKudos() {
        return !kudos.isEmpty();
    }
}
