package com.atlassian.sal.api.user;

import org.jspecify.annotations.Nullable;

/** A user as SAL describes them. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    @Nullable
    String getEmail();
}
