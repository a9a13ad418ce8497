package io.serviceculture.standalone.services;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.standalone.directory.HostDirectory;
import org.jspecify.annotations.Nullable;

/** Jira's application roles: a user holds one when in an application group ({@code jira-software-users}, …). */
public final class HostApplicationRoleManager implements ApplicationRoleManager {
    private final HostDirectory directory;

    public HostApplicationRoleManager(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean hasAnyRole(@Nullable ApplicationUser user) {
        return user != null && directory.isLicensed(user.getKey());
    }
}
