package io.serviceculture.plugin.web;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** i18n text for templates, escaped, in the viewer's language or, for mail, the recipient's. */
public final class Texts {
    private final I18nResolver i18n;

    @Nullable
    private final Locale locale;

    /** In the language of the person viewing the page. */
    public Texts(I18nResolver i18n) {
        this.i18n = i18n;
        this.locale = null;
    }

    /** In a given language, for text read by someone other than the current user (mail). */
    public Texts(I18nResolver i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    public String textHtml(String key) {
        return Html.escape(text(key));
    }

    public String textHtml(String key, Object argument) {
        return Html.escape(text(key, String.valueOf(argument)));
    }

    public String textHtml(String key, Object first, Object second) {
        return Html.escape(text(key, String.valueOf(first), String.valueOf(second)));
    }

    /**
     * The page's help link, to its section of the user documentation, in a new tab; {@code topic} names a
     * {@link HelpTopic} such as {@code "standards-admin"}.
     */
    public String helpLinkHtml(String topic) {
        return "<a class=\"sc-help-link\" href=\""
                + Html.escape(HelpTopic.named(topic).url())
                + "\" target=\"_blank\" rel=\"noopener noreferrer\" title=\""
                + textHtml("service-culture.help.link.title") + "\">"
                + "<span class=\"aui-icon aui-icon-small aui-iconfont-question-circle\" aria-hidden=\"true\"></span> "
                + textHtml("service-culture.help.link") + "</a>";
    }

    /** Unescaped, for plain-text places such as a mail subject. */
    public String text(String key, Serializable... arguments) {
        if (locale != null) {
            return i18n.getText(locale, key, arguments);
        }
        return arguments.length == 0 ? i18n.getText(key) : i18n.getText(key, arguments);
    }
}
