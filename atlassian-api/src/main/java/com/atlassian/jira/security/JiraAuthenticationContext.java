package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Who is making the current request. */
public interface JiraAuthenticationContext {
    @Nullable
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();
}
