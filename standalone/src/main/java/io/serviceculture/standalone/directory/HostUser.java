package io.serviceculture.standalone.directory;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A Jira user as the host knows it. The key is stable across renames; the name is what people log in with.
 * Users seen only in imported issues have no password and cannot log in.
 */
public record HostUser(
        long id,
        String key,
        String name,
        String displayName,
        String emailAddress,
        Optional<String> password,
        ZoneId timeZone,
        Locale locale,
        boolean active) {

    public HostUser {
        if (key.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a user needs a key and a name");
        }
    }
}
