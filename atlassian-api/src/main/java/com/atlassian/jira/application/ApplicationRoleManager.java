package com.atlassian.jira.application;

import com.atlassian.jira.user.ApplicationUser;
import org.jspecify.annotations.Nullable;

/** Jira's application roles (licences); the app only asks whether a user holds any. */
public interface ApplicationRoleManager {
    boolean hasAnyRole(@Nullable ApplicationUser user);
}
