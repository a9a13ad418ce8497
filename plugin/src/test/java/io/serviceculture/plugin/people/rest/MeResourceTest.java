package io.serviceculture.plugin.people.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.ReportingLines;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.MapPluginSettings;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.people.ViewerResolver;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.people.persistence.ManagerAO;
import io.serviceculture.plugin.people.persistence.PrimaryTeamAO;
import io.serviceculture.plugin.people.persistence.TeamLeadAO;
import io.serviceculture.plugin.people.persistence.TeamMemberAO;
import io.serviceculture.plugin.people.rest.PeopleJson.MeJson;
import io.serviceculture.plugin.people.rest.PeopleJson.PersonJson;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** {@code GET /people/me} over H2, with SAL and Jira's directory mocked at the edge. */
public class MeResourceTest {
    static final UserKey ALICE = UserKey.of("JIRAUSER10100");
    static final UserKey MIA = UserKey.of("JIRAUSER10900");
    static final TeamKey DESK = TeamKey.of("service-desk");
    static final TeamKey OPS = TeamKey.of("operations");

    @Test
    public void answersTheCallersRolesTeamsPrimaryTeamManagerAndLedTeams() {
        // given Alice in the desk and operations, operations her primary team, Mia her manager, Alice leading ops
        var database =
                TestDatabase.H2.fresh(TeamMemberAO.class, ManagerAO.class, TeamLeadAO.class, PrimaryTeamAO.class);
        var memberships = new AoMembershipStore(database.ao());
        var managers = new AoManagers(database.ao());
        Instant past = Instant.parse("2026-01-05T09:00:00Z");
        memberships.openPeriod(ALICE, DESK, past);
        memberships.openPeriod(ALICE, OPS, past);
        memberships.setPrimaryTeam(ALICE, Optional.of(OPS));
        managers.replaceReportingLines(ReportingLines.of(Map.of(ALICE, MIA)));
        managers.setTeamLeads(OPS, Set.of(ALICE));
        var salUsers = mock(com.atlassian.sal.api.user.UserManager.class);
        when(salUsers.getRemoteUserKey()).thenReturn(new com.atlassian.sal.api.user.UserKey(ALICE.value()));
        JiraDirectory directory = mock(JiraDirectory.class);
        when(directory.findPerson(ALICE))
                .thenReturn(Optional.of(new Person(ALICE, "alice", "Alice Archer", true, ZoneId.of("Europe/Berlin"))));
        when(directory.findPerson(MIA))
                .thenReturn(Optional.of(new Person(MIA, "mia", "Mia Moreau", true, ZoneId.of("Europe/Paris"))));
        var settings = new PeopleSettings(new MapPluginSettings().factory());
        var resource = new MeResource(
                new CurrentUser(salUsers),
                new ViewerResolver(managers, memberships, salUsers, settings),
                memberships,
                managers,
                directory);

        // when
        MeJson me = resource.me();

        // then
        assertThat(me)
                .isEqualTo(new MeJson(
                        new PersonJson(ALICE.value(), "alice", "Alice Archer"),
                        List.of("user", "manager"),
                        List.of("operations", "service-desk"),
                        "operations",
                        new PersonJson(MIA.value(), "mia", "Mia Moreau"),
                        List.of("operations")));
    }
}
