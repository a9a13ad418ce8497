package io.serviceculture.plugin.people.rest;

import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.Role;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.people.Viewer;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.ViewerResolver;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.people.rest.PeopleJson.MeJson;
import io.serviceculture.plugin.people.rest.PeopleJson.PersonJson;
import io.serviceculture.plugin.rest.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** The caller's own place in the directory. Unannotated, so REST v2 lets any licensed user in. */
@Path("/people/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final CurrentUser currentUser;
    private final ViewerResolver viewers;
    private final AoMembershipStore memberships;
    private final AoManagers managers;
    private final JiraDirectory directory;
    private final Clock clock;

    @Inject
    public MeResource(
            CurrentUser currentUser,
            ViewerResolver viewers,
            AoMembershipStore memberships,
            AoManagers managers,
            JiraDirectory directory) {
        this.currentUser = currentUser;
        this.viewers = viewers;
        this.memberships = memberships;
        this.managers = managers;
        this.directory = directory;
        this.clock = Clock.systemUTC();
    }

    @GET
    public MeJson me() {
        UserKey me = currentUser.require();
        Viewer viewer = viewers.viewer(me);
        Instant now = clock.instant();
        TeamHistory history = TeamHistory.of(memberships.periodsOfUsers(List.of(me)), memberships.primaryTeams());
        return new MeJson(
                person(me),
                viewer.roles().stream()
                        .sorted()
                        .map(Role::name)
                        .map(name -> name.toLowerCase(Locale.ROOT))
                        .toList(),
                history.teamsAt(me, now).stream().map(TeamKey::groupName).toList(),
                history.primaryTeamAt(me, now).map(TeamKey::groupName).orElse(null),
                managers.managerOf(me).map(this::person).orElse(null),
                managers.teamsLedBy(me).stream().map(TeamKey::groupName).toList());
    }

    private PersonJson person(UserKey key) {
        return directory
                .findPerson(key)
                .map(MeResource::toJson)
                .orElseGet(() -> new PersonJson(key.value(), key.value(), key.value()));
    }

    static PersonJson toJson(Person person) {
        return new PersonJson(person.key().value(), person.userName(), person.displayName());
    }
}
