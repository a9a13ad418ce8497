package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/** Looks up the app's i18n texts. */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);
}
