package com.atlassian.jira.security.plugin;

import org.jspecify.annotations.Nullable;

/** The key of a project permission, such as {@code BROWSE_PROJECTS}. */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        if (permissionKey == null) {
            throw new IllegalArgumentException("permissionKey must not be null");
        }
        this.permissionKey = permissionKey;
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ProjectPermissionKey other && permissionKey.equals(other.permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
