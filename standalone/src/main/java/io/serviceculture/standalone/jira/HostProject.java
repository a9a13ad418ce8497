package io.serviceculture.standalone.jira;

import java.util.Optional;
import java.util.Set;

/**
 * A project with the one part of its permission scheme the host models: the groups whose members may browse
 * it. {@code anyone} in that set opens it to every logged-in user, as Jira's "Any logged in user" does.
 */
public record HostProject(long id, String key, String name, Optional<String> leadKey, Set<String> browseGroups) {
    public static final String ANY_LOGGED_IN_USER = "anyone";

    public HostProject {
        if (key.isBlank()) {
            throw new IllegalArgumentException("a project needs a key");
        }
        browseGroups = Set.copyOf(browseGroups);
    }
}
