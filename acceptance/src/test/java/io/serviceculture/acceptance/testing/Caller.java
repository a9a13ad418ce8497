package io.serviceculture.acceptance.testing;

import java.util.Optional;

/**
 * Who calls an endpoint in the authorisation matrix. Each role is a user of the host's test data
 * ({@code standalone/src/test/resources/hostdata}) or of the matrix's own people ({@code matrix-people}), whom
 * {@link MatrixPeople} makes a manager and an HR member in the app's people directory.
 */
public enum Caller {
    ANONYMOUS(null, null),
    /** A user without Jira application access. */
    UNLICENSED("bob", "bob"),
    USER("alice", "alice"),
    /** Alice's manager by the app's reporting lines; a licensed user in no team and in no special group. */
    MANAGER("mia", "mia"),
    /** A member of the group the admin named the HR group; manages nobody. */
    HR("hugo", "hugo"),
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
