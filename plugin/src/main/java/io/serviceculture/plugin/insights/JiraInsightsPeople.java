package io.serviceculture.plugin.insights;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.serviceculture.core.insights.InsightsPeoplePort;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.PeopleSettings;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;

/** The teams an admin marked, and Jira's answer to who is active and holds a licence (application role). */
@Named
public class JiraInsightsPeople implements InsightsPeoplePort {
    private final PeopleSettings settings;
    private final UserManager users;
    private final ApplicationRoleManager roles;

    @Inject
    public JiraInsightsPeople(PeopleSettings settings, UserManager users, ApplicationRoleManager roles) {
        this.settings = settings;
        this.users = users;
        this.roles = roles;
    }

    @Override
    public Set<TeamKey> teams() {
        return settings.teams();
    }

    @Override
    public Set<UserKey> activeAndLicensed(Collection<UserKey> people) {
        Set<UserKey> counted = new HashSet<>();
        for (UserKey person : people) {
            ApplicationUser user = users.getUserByKey(person.value());
            if (user != null && user.isActive() && roles.hasAnyRole(user)) {
                counted.add(person);
            }
        }
        return counted;
    }
}
