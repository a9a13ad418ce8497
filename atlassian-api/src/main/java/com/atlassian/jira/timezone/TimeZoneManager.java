package com.atlassian.jira.timezone;

import com.atlassian.jira.user.ApplicationUser;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/** A user's time zone, or the default one. */
public interface TimeZoneManager {
    // The lower-case "for" is Jira's own spelling.
    TimeZone getTimeZoneforUser(@Nullable ApplicationUser user);

    TimeZone getDefaultTimezone();
}
