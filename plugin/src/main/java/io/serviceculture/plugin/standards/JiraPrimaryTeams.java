package io.serviceculture.plugin.standards;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.PrimaryTeamPort;
import io.serviceculture.plugin.people.PeopleSettings;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * A person's primary team: the first, by name, of the team groups they belong to. Jira has no notion of a
 * primary group, so the choice is stable rather than meaningful; people in one team are the common case.
 */
@Named
public class JiraPrimaryTeams implements PrimaryTeamPort {
    private final UserManager users;
    private final GroupManager groups;
    private final PeopleSettings settings;

    @Inject
    public JiraPrimaryTeams(UserManager users, GroupManager groups, PeopleSettings settings) {
        this.users = users;
        this.groups = groups;
        this.settings = settings;
    }

    @Override
    public Optional<TeamKey> primaryTeamOf(UserKey person) {
        ApplicationUser user = users.getUserByKey(person.value());
        if (user == null) {
            return Optional.empty();
        }
        Set<TeamKey> teams = settings.teams();
        return groups.getGroupNamesForUser(user).stream()
                .map(TeamKey::of)
                .filter(teams::contains)
                .sorted()
                .findFirst();
    }
}
