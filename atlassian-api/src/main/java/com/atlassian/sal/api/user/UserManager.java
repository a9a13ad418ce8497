package com.atlassian.sal.api.user;

import org.jspecify.annotations.Nullable;

/** SAL's view of the current user and their rights. */
public interface UserManager {
    @Nullable
    UserKey getRemoteUserKey();

    @Nullable
    UserProfile getRemoteUser();

    @Nullable
    UserProfile getUserProfile(@Nullable UserKey userKey);

    boolean isUserInGroup(@Nullable UserKey userKey, @Nullable String group);

    boolean isAdmin(@Nullable UserKey userKey);

    boolean isSystemAdmin(@Nullable UserKey userKey);
}
