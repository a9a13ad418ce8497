package io.serviceculture.plugin.people;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.serviceculture.core.kudos.KudosReader;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/** Resolves, on the server and per call, what a viewer is: HR or admin, which teams they are in. */
@Named
public class Readers {
    private final com.atlassian.sal.api.user.UserManager salUsers;
    private final UserManager users;
    private final GroupManager groups;
    private final PeopleSettings settings;
    private final ViewerResolver viewers;

    @Inject
    public Readers(
            com.atlassian.sal.api.user.UserManager salUsers,
            UserManager users,
            GroupManager groups,
            PeopleSettings settings,
            ViewerResolver viewers) {
        this.salUsers = salUsers;
        this.users = users;
        this.groups = groups;
        this.settings = settings;
        this.viewers = viewers;
    }

    public KudosReader kudosReader(UserKey viewer) {
        ApplicationUser user = users.getUserByKey(viewer.value());
        if (user == null) {
            return KudosReader.person(viewer);
        }
        Set<TeamKey> teams = settings.teams();
        Set<TeamKey> memberOf = groups.getGroupNamesForUser(user).stream()
                .map(TeamKey::of)
                .filter(teams::contains)
                .collect(Collectors.toSet());
        return new KudosReader(viewer, isHrOrAdmin(viewer), memberOf, viewers.reportsOf(viewer));
    }

    public boolean isHrOrAdmin(UserKey viewer) {
        var key = new com.atlassian.sal.api.user.UserKey(viewer.value());
        return salUsers.isAdmin(key) || salUsers.isUserInGroup(key, settings.hrGroup());
    }
}
