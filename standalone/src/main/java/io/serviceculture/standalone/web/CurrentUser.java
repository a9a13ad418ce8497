package io.serviceculture.standalone.web;

import io.serviceculture.standalone.directory.HostUser;
import java.util.Optional;

/**
 * The user of the request this thread serves, for the host's JiraAuthenticationContext and SAL UserManager.
 * Set by {@link AuthFilter} for the length of one request.
 */
public final class CurrentUser {
    private static final ThreadLocal<HostUser> USER = new ThreadLocal<>();

    private CurrentUser() {}

    public static Optional<HostUser> get() {
        return Optional.ofNullable(USER.get());
    }

    public static Optional<String> key() {
        return get().map(HostUser::key);
    }

    /** Runs with a user set (or none), restoring the previous one after, for requests and background work. */
    public static void runAs(Optional<HostUser> user, Runnable work) {
        HostUser previous = USER.get();
        if (user.isPresent()) {
            USER.set(user.get());
        } else {
            USER.remove();
        }
        try {
            work.run();
        } finally {
            if (previous == null) {
                USER.remove();
            } else {
                USER.set(previous);
            }
        }
    }

    static void set(Optional<HostUser> user) {
        if (user.isPresent()) {
            USER.set(user.get());
        } else {
            USER.remove();
        }
    }
}
