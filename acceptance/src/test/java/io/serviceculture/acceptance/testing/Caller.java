package io.serviceculture.acceptance.testing;

import java.util.Optional;

/**
 * Who calls an endpoint in the authorisation matrix. Each role is a user of the host's test data
 * ({@code standalone/src/test/resources/hostdata}); later features add roles (manager, HR) as the data grows.
 */
public enum Caller {
    ANONYMOUS(null, null),
    /** A user without Jira application access. */
    UNLICENSED("bob", "bob"),
    USER("alice", "alice"),
    ADMIN("admin", "admin");

    private final Optional<String> user;
    private final Optional<String> password;

    Caller(String user, String password) {
        this.user = Optional.ofNullable(user);
        this.password = Optional.ofNullable(password);
    }

    public Optional<String> user() {
        return user;
    }

    public Optional<String> password() {
        return password;
    }
}
