package io.serviceculture.standalone.services;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/** Jira's {@code TimeZoneManager}: each user's zone from the directory, UTC by default. */
public final class HostTimeZoneManager implements TimeZoneManager {
    private final HostDirectory directory;

    public HostTimeZoneManager(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    public TimeZone getTimeZoneforUser(@Nullable ApplicationUser user) {
        return user == null
                ? getDefaultTimezone()
                : directory
                        .byKey(user.getKey())
                        .map(HostUser::timeZone)
                        .map(TimeZone::getTimeZone)
                        .orElseGet(this::getDefaultTimezone);
    }

    @Override
    public TimeZone getDefaultTimezone() {
        return TimeZone.getTimeZone("UTC");
    }
}
