package io.serviceculture.standalone.services;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.web.CurrentUser;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Jira's {@code JiraAuthenticationContext}: the request's user and their locale. */
public final class HostAuthenticationContext implements JiraAuthenticationContext {
    @Override
    public @Nullable ApplicationUser getLoggedInUser() {
        return CurrentUser.get().map(HostApplicationUser::new).orElse(null);
    }

    @Override
    public boolean isLoggedInUser() {
        return CurrentUser.get().isPresent();
    }

    @Override
    public Locale getLocale() {
        return CurrentUser.get().map(HostUser::locale).orElse(Locale.UK);
    }
}
