package io.serviceculture.plugin.kudos.web;

import io.serviceculture.plugin.kudos.rest.KudosJson;
import io.serviceculture.plugin.web.Html;
import java.util.stream.Collectors;

/** One kudos in a template; every text escaped. */
public final class KudosItemView {
    private final KudosJson kudos;

    KudosItemView(KudosJson kudos) {
        this.kudos = kudos;
    }

    public String getGiverNameHtml() {
        return Html.escape(kudos.giver().displayName());
    }

    public String getReceiverNamesHtml() {
        return Html.escape(kudos.receivers().stream()
                .map(KudosJson.ReceiverJson::displayName)
                .collect(Collectors.joining(", ")));
    }

    public String getValueNameHtml() {
        return Html.escape(kudos.value().name());
    }

    public String getMessageHtml() {
        return Html.escape(kudos.message());
    }

    public String getGivenAtHtml() {
        return Html.escape(kudos.givenAt());
    }

    public long getId() {
        return kudos.id();
    }

    public int getReactionCount() {
        return kudos.reactions().count();
    }

    public boolean isReacted() {
        return kudos.reactions().mine();
    }

    public boolean isPrivate() {
        return "PRIVATE".equals(kudos.visibility());
    }
}
