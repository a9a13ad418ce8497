package io.serviceculture.plugin.commitments;

import com.atlassian.sal.api.user.UserManager;
import io.serviceculture.core.commitments.CommitmentPeoplePort;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.people.ViewerResolver;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Answers the commitment rules' questions about people from the people directory, per call: managers are those of
 * {@link ViewerResolver#reportsOf} (reporting lines and team leads), HR is the configured group, team mates share a
 * team membership that is open now.
 */
@Named
public class JiraCommitmentPeople implements CommitmentPeoplePort {
    private final JiraDirectory directory;
    private final ViewerResolver viewers;
    private final AoMembershipStore memberships;
    private final PeopleSettings settings;
    private final UserManager salUsers;

    @Inject
    public JiraCommitmentPeople(
            JiraDirectory directory,
            ViewerResolver viewers,
            AoMembershipStore memberships,
            PeopleSettings settings,
            UserManager salUsers) {
        this.directory = directory;
        this.viewers = viewers;
        this.memberships = memberships;
        this.settings = settings;
        this.salUsers = salUsers;
    }

    @Override
    public Optional<Person> findPerson(UserKey key) {
        return directory.findPerson(key);
    }

    @Override
    public boolean manages(UserKey manager, UserKey person) {
        return !manager.equals(person) && viewers.reportsOf(manager).contains(person);
    }

    @Override
    public Set<UserKey> reportsOf(UserKey manager) {
        return viewers.reportsOf(manager);
    }

    @Override
    public boolean isHr(UserKey user) {
        return salUsers.isUserInGroup(new com.atlassian.sal.api.user.UserKey(user.value()), settings.hrGroup());
    }

    @Override
    public boolean shareTeam(UserKey one, UserKey other) {
        Set<TeamKey> teamsOfOne = new HashSet<>();
        Set<TeamKey> teamsOfOther = new HashSet<>();
        for (MembershipPeriod period : memberships.periodsOfUsers(List.of(one, other))) {
            if (period.isOpen()) {
                (period.user().equals(one) ? teamsOfOne : teamsOfOther).add(period.team());
            }
        }
        teamsOfOne.retainAll(teamsOfOther);
        return !teamsOfOne.isEmpty();
    }

    @Override
    public boolean personFiguresRestricted() {
        return settings.personFiguresRestricted();
    }

    public Optional<Person> findPersonByName(String userName) {
        return directory.findPersonByName(userName);
    }
}
