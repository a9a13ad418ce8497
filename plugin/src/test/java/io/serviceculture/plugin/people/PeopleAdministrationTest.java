package io.serviceculture.plugin.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.ImportError;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.PeopleAdministration.ReportingLinesRejected;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.people.persistence.ManagerAO;
import io.serviceculture.plugin.people.persistence.PrimaryTeamAO;
import io.serviceculture.plugin.people.persistence.TeamLeadAO;
import io.serviceculture.plugin.people.persistence.TeamMemberAO;
import io.serviceculture.plugin.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The admin's use cases over a real H2 database, with Jira's users, groups and audit log mocked at the edge. */
public class PeopleAdministrationTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final UserKey ADMIN = UserKey.of("JIRAUSER10000");
    static final UserKey ALICE = UserKey.of("JIRAUSER10100");
    static final UserKey BOB = UserKey.of("JIRAUSER10200");
    static final TeamKey DESK = TeamKey.of("service-desk");

    private final com.atlassian.sal.api.user.UserManager salUsers = mock(com.atlassian.sal.api.user.UserManager.class);
    private final UserManager users = mock(UserManager.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final AuditService auditService = mock(AuditService.class);
    private PeopleSettings settings;
    private AoMembershipStore memberships;
    private AoManagers managers;
    private PeopleAdministration admin;

    @Before
    public void setUp() {
        var database =
                TestDatabase.H2.fresh(TeamMemberAO.class, ManagerAO.class, TeamLeadAO.class, PrimaryTeamAO.class);
        memberships = new AoMembershipStore(database.ao());
        managers = new AoManagers(database.ao());
        settings = new PeopleSettings(new MapPluginSettings().factory());
        admin = new PeopleAdministration(
                salUsers,
                users,
                groups,
                settings,
                memberships,
                managers,
                new PeopleAudit(auditService),
                Clock.fixed(NOW, ZoneOffset.UTC));
        when(salUsers.isAdmin(new com.atlassian.sal.api.user.UserKey(ADMIN.value())))
                .thenReturn(true);
        ApplicationUser alice = user("alice", ALICE);
        ApplicationUser bob = user("bob", BOB);
        when(groups.groupExists("service-desk")).thenReturn(true);
        when(groups.getUsersInGroup("service-desk")).thenReturn(List.of(alice, bob));
    }

    @Test
    public void refusesSomeoneWhoIsNotAnAdminBeforeTouchingAnything() {
        // when / then
        assertThatThrownBy(() -> admin.markTeam(ALICE, "service-desk"))
                .isInstanceOf(PermissionDeniedException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.people.error.admin-only");
        assertThat(settings.teams()).isEmpty();
        verify(auditService, never()).audit(any());
    }

    @Test
    public void markingAGroupCountsItsMembersAsMembersSinceTheStartOfHistoryAndIsAudited() {
        // when
        admin.markTeam(ADMIN, " service-desk ");

        // then
        assertThat(settings.teams()).containsExactly(DESK);
        assertThat(memberships.openPeriods())
                .containsExactlyInAnyOrder(
                        MembershipPeriod.open(ALICE, DESK, Instant.EPOCH),
                        MembershipPeriod.open(BOB, DESK, Instant.EPOCH));
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditService).audit(event.capture());
        assertThat(event.getValue().getActionI18nKey()).isEqualTo("service-culture.audit.people.team-marked");
        assertThat(event.getValue().getExtraAttributeByKey("service-culture.audit.attribute.subject"))
                .contains("service-desk");
    }

    @Test
    public void refusesToMarkAGroupJiraDoesNotHave() {
        // when / then
        assertThatThrownBy(() -> admin.markTeam(ADMIN, "no-such-group"))
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo(Optional.of("group"));
    }

    @Test
    public void unmarkingATeamEndsItsOpenPeriodsAndKeepsTheHistory() {
        // given
        admin.markTeam(ADMIN, "service-desk");

        // when
        admin.unmarkTeam(ADMIN, "service-desk");

        // then
        assertThat(settings.teams()).isEmpty();
        assertThat(memberships.openPeriods()).isEmpty();
        assertThat(memberships.allPeriods())
                .containsExactlyInAnyOrder(
                        MembershipPeriod.closed(ALICE, DESK, Instant.EPOCH, NOW),
                        MembershipPeriod.closed(BOB, DESK, Instant.EPOCH, NOW));
    }

    @Test
    public void setsLeadsAndPrimaryTeamOfMarkedTeamsOnly() {
        // given
        admin.markTeam(ADMIN, "service-desk");

        // when
        admin.setTeamLeads(ADMIN, "service-desk", List.of("alice"));
        admin.setPrimaryTeam(ADMIN, "bob", Optional.of("service-desk"));

        // then
        assertThat(managers.teamLeads().leadsByTeam()).containsExactlyEntriesOf(Map.of(DESK, Set.of(ALICE)));
        assertThat(memberships.primaryTeams()).containsExactlyEntriesOf(Map.of(BOB, DESK));
        assertThatThrownBy(() -> admin.setPrimaryTeam(ADMIN, "bob", Optional.of("jira-users")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo(Optional.of("team"));
        assertThatThrownBy(() -> admin.setTeamLeads(ADMIN, "service-desk", List.of("carol")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo(Optional.of("leads"));
    }

    @Test
    public void importsReportingLinesFromTheFile() {
        // when
        int lines = admin.importReportingLines(ADMIN, "user,manager\r\nbob,alice\r\n".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(lines).isEqualTo(1);
        assertThat(managers.reportingLines().asMap()).containsExactlyEntriesOf(Map.of(BOB, ALICE));
    }

    @Test
    public void refusesTheWholeFileWhenARowIsWrongAndKeepsTheOldLines() {
        // given
        admin.importReportingLines(ADMIN, "user,manager\nbob,alice\n".getBytes(StandardCharsets.UTF_8));

        // when line 2 names nobody and line 3 is Alice managing herself
        byte[] file = "user,manager\ncarol,alice\nalice,alice\n".getBytes(StandardCharsets.UTF_8);

        // then
        assertThatThrownBy(() -> admin.importReportingLines(ADMIN, file))
                .isInstanceOf(ReportingLinesRejected.class)
                .extracting(e -> ((ReportingLinesRejected) e)
                        .errors().stream().map(ImportError::line).toList())
                .isEqualTo(List.of(2, 3));
        assertThat(managers.reportingLines().asMap()).containsExactlyEntriesOf(Map.of(BOB, ALICE));
    }

    @Test
    public void switchesFeaturesOffAndOnAndRefusesUnknownOnes() {
        // when
        admin.setFeatureEnabled(ADMIN, "kudos", false);

        // then
        assertThat(settings.isEnabled(Feature.KUDOS)).isFalse();
        assertThat(settings.isEnabled(Feature.STANDARDS)).isTrue();
        admin.setFeatureEnabled(ADMIN, "kudos", true);
        assertThat(settings.isEnabled(Feature.KUDOS)).isTrue();
        assertThatThrownBy(() -> admin.setFeatureEnabled(ADMIN, "leaderboards", false))
                .isInstanceOf(NotFoundException.class);
    }

    private ApplicationUser user(String name, UserKey key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key.value());
        when(user.getUsername()).thenReturn(name);
        when(users.getUserByName(name)).thenReturn(user);
        return user;
    }
}
