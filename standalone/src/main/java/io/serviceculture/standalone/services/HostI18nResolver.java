package io.serviceculture.standalone.services;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.web.CurrentUser;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * SAL's {@code I18nResolver} over the plugin's i18n resources, in the request user's locale. A missing key comes
 * back as the key itself, as in Jira.
 */
public final class HostI18nResolver implements I18nResolver {
    /**
     * A language without a bundle falls back to the base (English) bundle, as in Jira, never to the JVM's default
     * locale: on a machine set to German an English user would otherwise read German.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles;
    private final ClassLoader loader;

    /** @param bundles the {@code location}s of the descriptor's i18n resources, e.g. {@code i18n/service-culture} */
    public HostI18nResolver(List<String> bundles, ClassLoader loader) {
        this.bundles = List.copyOf(bundles);
        this.loader = loader;
    }

    @Override
    public String getText(String key) {
        return getText(locale(), key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(locale(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        for (String bundle : bundles) {
            try {
                String pattern = ResourceBundle.getBundle(bundle.replace('/', '.'), locale, loader, NO_DEFAULT_LOCALE)
                        .getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }

    private static Locale locale() {
        return CurrentUser.get().map(HostUser::locale).orElse(Locale.UK);
    }
}
