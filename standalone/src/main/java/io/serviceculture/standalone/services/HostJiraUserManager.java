package io.serviceculture.standalone.services;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.serviceculture.standalone.directory.HostDirectory;
import org.jspecify.annotations.Nullable;

/** Jira's {@code UserManager} over the host directory. */
public final class HostJiraUserManager implements UserManager {
    private final HostDirectory directory;

    public HostJiraUserManager(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    public @Nullable ApplicationUser getUserByKey(@Nullable String userKey) {
        return userKey == null
                ? null
                : directory.byKey(userKey).map(HostApplicationUser::new).orElse(null);
    }

    @Override
    public @Nullable ApplicationUser getUserByName(@Nullable String userName) {
        return userName == null
                ? null
                : directory.byName(userName).map(HostApplicationUser::new).orElse(null);
    }
}
