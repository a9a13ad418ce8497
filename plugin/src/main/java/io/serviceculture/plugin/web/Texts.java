package io.serviceculture.plugin.web;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;

/** i18n text for templates, escaped, in the viewer's language. */
public final class Texts {
    private final I18nResolver i18n;

    public Texts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String textHtml(String key) {
        return Html.escape(i18n.getText(key));
    }

    public String textHtml(String key, Object argument) {
        return Html.escape(i18n.getText(key, new Serializable[] {String.valueOf(argument)}));
    }

    public String textHtml(String key, Object first, Object second) {
        return Html.escape(i18n.getText(key, new Serializable[] {String.valueOf(first), String.valueOf(second)}));
    }
}
