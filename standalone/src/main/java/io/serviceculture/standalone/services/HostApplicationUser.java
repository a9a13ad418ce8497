package io.serviceculture.standalone.services;

import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.standalone.directory.HostUser;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Jira's {@code ApplicationUser} over a host user; equal by key, as Jira's are. */
public final class HostApplicationUser implements ApplicationUser {
    private final HostUser user;

    public HostApplicationUser(HostUser user) {
        this.user = user;
    }

    public HostUser hostUser() {
        return user;
    }

    @Override
    public String getKey() {
        return user.key();
    }

    @Override
    public String getUsername() {
        return user.name();
    }

    @Override
    public String getName() {
        return user.name();
    }

    @Override
    public String getDisplayName() {
        return user.displayName();
    }

    @Override
    public @Nullable String getEmailAddress() {
        return user.emailAddress();
    }

    @Override
    public boolean isActive() {
        return user.active();
    }

    @Override
    public Long getId() {
        return user.id();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof HostApplicationUser
                && ((HostApplicationUser) o).user.key().equals(user.key());
    }

    @Override
    public int hashCode() {
        return Objects.hash(user.key());
    }

    @Override
    public String toString() {
        return user.name() + "(" + user.key() + ")";
    }
}
