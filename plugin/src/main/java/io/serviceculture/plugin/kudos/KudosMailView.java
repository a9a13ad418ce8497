package io.serviceculture.plugin.kudos;

import io.serviceculture.plugin.web.Html;

/** What a kudos mail shows, every text escaped: who, for which value, the message, and a moderator's reason. */
public final class KudosMailView {
    private final String giverName;
    private final String valueName;
    private final String message;
    private final String reason;

    KudosMailView(String giverName, String valueName, String message, String reason) {
        this.giverName = giverName;
        this.valueName = valueName;
        this.message = message;
        this.reason = reason;
    }

    /** Raw, only as an argument of {@code $texts.textHtml(...)}, which escapes the whole text. */
    public String getGiverName() {
        return giverName;
    }

    /** Raw, only as an argument of {@code $texts.textHtml(...)}, which escapes the whole text. */
    public String getValueName() {
        return valueName;
    }

    public String getMessageHtml() {
        return Html.escape(message);
    }

    public String getReasonHtml() {
        return Html.escape(reason);
    }
}
