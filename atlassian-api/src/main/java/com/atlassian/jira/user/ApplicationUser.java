package com.atlassian.jira.user;

import org.jspecify.annotations.Nullable;

/** A Jira user. */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();

    @Nullable
    String getEmailAddress();

    boolean isActive();

    @Nullable
    Long getId();
}
