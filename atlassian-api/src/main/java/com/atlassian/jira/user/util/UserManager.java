package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;
import org.jspecify.annotations.Nullable;

/** Finds Jira users by key or user name. */
public interface UserManager {
    @Nullable
    ApplicationUser getUserByKey(@Nullable String userKey);

    @Nullable
    ApplicationUser getUserByName(@Nullable String userName);
}
