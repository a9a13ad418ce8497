package io.serviceculture.plugin.kudos.web;

import io.serviceculture.plugin.web.Html;

/** How many kudos a person received for one value. */
public final class ValueCountView {
    private final String name;
    private final int count;

    ValueCountView(String name, int count) {
        this.name = name;
        this.count = count;
    }

    public String getNameHtml() {
        return Html.escape(name);
    }

    public int getCount() {
        return count;
    }
}
