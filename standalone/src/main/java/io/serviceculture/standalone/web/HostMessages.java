package io.serviceculture.standalone.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The host's own texts (Jira's, in a real Jira), from {@code io/serviceculture/standalone/host.properties}. */
public final class HostMessages {
    private static final String BUNDLE = "io.serviceculture.standalone.host";

    private HostMessages() {}

    public static String text(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The texts as a lookup templates call as {@code $text.get("key")}. */
    public static Texts texts() {
        return new Texts();
    }

    /** A template-friendly view of the host's texts. */
    public static final class Texts {
        public String get(String key) {
            return text(key);
        }
    }
}
