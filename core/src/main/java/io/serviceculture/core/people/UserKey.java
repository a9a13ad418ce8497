package io.serviceculture.core.people;

/**
 * A Jira user key: stable when a user is renamed, unlike the user name, so every row the app stores names
 * people by it.
 */
public record UserKey(String value) implements Comparable<UserKey> {
    public UserKey {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a user key is never blank");
        }
    }

    public static UserKey of(String value) {
        return new UserKey(value);
    }

    @Override
    public int compareTo(UserKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
