package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

public interface LocaleResolver {
    /** The locale of the given user, or the application's default for {@code null} or an unknown user. */
    Locale getLocale(@Nullable UserKey userKey);
}
