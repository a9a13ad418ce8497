package io.serviceculture.plugin.people;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.serviceculture.core.people.DirectoryPort;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.Team;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** The core's directory over Jira's users (by key, so renames don't matter), time zones and team groups. */
@Named
public class JiraDirectory implements DirectoryPort {
    private final UserManager users;
    private final TimeZoneManager timeZones;
    private final GroupManager groups;
    private final PeopleSettings settings;

    @Inject
    public JiraDirectory(UserManager users, TimeZoneManager timeZones, GroupManager groups, PeopleSettings settings) {
        this.users = users;
        this.timeZones = timeZones;
        this.groups = groups;
        this.settings = settings;
    }

    @Override
    public Optional<Person> findPerson(UserKey key) {
        return Optional.ofNullable(users.getUserByKey(key.value())).map(this::toPerson);
    }

    public Optional<Person> findPersonByName(String userName) {
        return Optional.ofNullable(users.getUserByName(userName)).map(this::toPerson);
    }

    @Override
    public Optional<Team> findTeam(TeamKey key) {
        if (!settings.isTeam(key) || !groups.groupExists(key.groupName())) {
            return Optional.empty();
        }
        return Optional.of(new Team(key, key.groupName()));
    }

    private Person toPerson(ApplicationUser user) {
        return new Person(
                UserKey.of(user.getKey()),
                user.getUsername(),
                user.getDisplayName(),
                user.isActive(),
                timeZones.getTimeZoneforUser(user).toZoneId());
    }
}
