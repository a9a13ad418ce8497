package io.serviceculture.core.people;

import java.util.EnumSet;
import java.util.Set;

/** The person looking at a page or calling the API, with every role they hold. */
public record Viewer(UserKey user, Set<Role> roles) {
    public Viewer {
        EnumSet<Role> all = EnumSet.of(Role.USER);
        all.addAll(roles);
        roles = Set.copyOf(all);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
