package io.serviceculture.standalone.services;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** SAL's {@code LocaleResolver}: each user's language from the directory, British English by default. */
public final class HostLocaleResolver implements LocaleResolver {
    private final HostDirectory directory;

    public HostLocaleResolver(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Locale getLocale(@Nullable UserKey userKey) {
        return userKey == null
                ? Locale.UK
                : directory
                        .byKey(userKey.getStringValue())
                        .map(HostUser::locale)
                        .orElse(Locale.UK);
    }
}
