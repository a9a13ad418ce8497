package io.serviceculture.standalone.services;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import io.serviceculture.standalone.directory.HostDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Jira's {@code GroupManager} over the host directory. */
public final class HostGroupManager implements GroupManager {
    private final HostDirectory directory;

    public HostGroupManager(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean groupExists(String groupName) {
        return directory.groupExists(groupName);
    }

    @Override
    public boolean isUserInGroup(@Nullable ApplicationUser user, @Nullable String groupName) {
        return user != null && groupName != null && directory.isMember(user.getKey(), groupName);
    }

    @Override
    public Collection<ApplicationUser> getUsersInGroup(String groupName) {
        return directory.members(groupName).stream()
                .map(directory::byKey)
                .flatMap(Optional::stream)
                .map(u -> (ApplicationUser) new HostApplicationUser(u))
                .toList();
    }

    @Override
    public Collection<String> getGroupNamesForUser(ApplicationUser user) {
        return List.copyOf(directory.groupsOf(user.getKey()));
    }
}
