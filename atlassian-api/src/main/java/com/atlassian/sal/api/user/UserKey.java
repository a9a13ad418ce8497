package com.atlassian.sal.api.user;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** The stable key of a user, which survives a rename. */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        if (userkey == null) {
            throw new IllegalArgumentException("userkey must not be null");
        }
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    public static UserKey valueOf(String userkey) {
        return new UserKey(userkey);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof UserKey other && userkey.equals(other.userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
