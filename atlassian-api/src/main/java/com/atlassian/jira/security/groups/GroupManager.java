package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Group membership, as the people directory reads it. */
public interface GroupManager {
    boolean groupExists(String groupName);

    boolean isUserInGroup(@Nullable ApplicationUser user, @Nullable String groupName);

    Collection<ApplicationUser> getUsersInGroup(String groupName);

    Collection<String> getGroupNamesForUser(ApplicationUser user);
}
