package io.serviceculture.standalone.services;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.serviceculture.standalone.directory.HostDirectory;
import io.serviceculture.standalone.directory.HostUser;
import io.serviceculture.standalone.web.CurrentUser;
import org.jspecify.annotations.Nullable;

/** SAL's {@code UserManager}: the request's user and the directory. */
public final class HostSalUserManager implements UserManager {
    private final HostDirectory directory;

    public HostSalUserManager(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    public @Nullable UserKey getRemoteUserKey() {
        return CurrentUser.key().map(UserKey::new).orElse(null);
    }

    @Override
    public @Nullable UserProfile getRemoteUser() {
        return CurrentUser.get().map(Profile::new).orElse(null);
    }

    @Override
    public @Nullable UserProfile getUserProfile(@Nullable UserKey userKey) {
        return userKey == null
                ? null
                : directory.byKey(userKey.getStringValue()).map(Profile::new).orElse(null);
    }

    @Override
    public boolean isUserInGroup(@Nullable UserKey userKey, @Nullable String group) {
        return userKey != null && group != null && directory.isMember(userKey.getStringValue(), group);
    }

    @Override
    public boolean isAdmin(@Nullable UserKey userKey) {
        return userKey != null && directory.isAdmin(userKey.getStringValue());
    }

    @Override
    public boolean isSystemAdmin(@Nullable UserKey userKey) {
        return userKey != null && directory.isSystemAdmin(userKey.getStringValue());
    }

    /** A SAL user profile over a host user. */
    private static final class Profile implements UserProfile {
        private final HostUser user;

        Profile(HostUser user) {
            this.user = user;
        }

        @Override
        public UserKey getUserKey() {
            return new UserKey(user.key());
        }

        @Override
        public String getUsername() {
            return user.name();
        }

        @Override
        public String getFullName() {
            return user.displayName();
        }

        @Override
        public @Nullable String getEmail() {
            return user.emailAddress();
        }
    }
}
