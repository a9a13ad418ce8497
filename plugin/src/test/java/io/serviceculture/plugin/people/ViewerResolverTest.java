package io.serviceculture.plugin.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserManager;
import io.serviceculture.core.people.ReportingLines;
import io.serviceculture.core.people.Role;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.people.Viewer;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.people.persistence.ManagerAO;
import io.serviceculture.plugin.people.persistence.PrimaryTeamAO;
import io.serviceculture.plugin.people.persistence.TeamLeadAO;
import io.serviceculture.plugin.people.persistence.TeamMemberAO;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** Roles and reports resolved per call from the stored rows, with SAL's user manager mocked at Jira's edge. */
public class ViewerResolverTest {
    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    static final UserKey MANAGER = UserKey.of("mia");
    static final UserKey LEAD = UserKey.of("leo");
    static final UserKey ALICE = UserKey.of("alice");
    static final UserKey BOB = UserKey.of("bob");
    static final UserKey CAROL = UserKey.of("carol");
    static final UserKey HR = UserKey.of("hana");
    static final TeamKey DESK = TeamKey.of("service-desk");

    private final UserManager salUsers = mock(UserManager.class);
    private PeopleSettings settings;
    private ViewerResolver viewers;

    @Before
    public void setUp() {
        var database =
                TestDatabase.H2.fresh(TeamMemberAO.class, ManagerAO.class, TeamLeadAO.class, PrimaryTeamAO.class);
        var memberships = new AoMembershipStore(database.ao());
        var managers = new AoManagers(database.ao());
        settings = new PeopleSettings(new MapPluginSettings().factory());
        viewers = new ViewerResolver(
                managers, memberships, salUsers, settings, Clock.fixed(MONDAY.plusSeconds(3600), ZoneOffset.UTC));
        // given Mia manages Alice by reporting line, Leo leads the desk where Bob is now and Carol was
        managers.replaceReportingLines(ReportingLines.of(Map.of(ALICE, MANAGER)));
        managers.setTeamLeads(DESK, Set.of(LEAD));
        memberships.openPeriod(BOB, DESK, MONDAY);
        memberships.openPeriod(LEAD, DESK, MONDAY);
        memberships.openPeriod(CAROL, DESK, MONDAY);
        memberships.closePeriod(CAROL, DESK, MONDAY.plusSeconds(60));
        when(salUsers.isUserInGroup(new com.atlassian.sal.api.user.UserKey("hana"), "service-culture-hr"))
                .thenReturn(true);
    }

    @Test
    public void reportsAreDirectReportsAndCurrentMembersOfLedTeams() {
        assertThat(viewers.reportsOf(MANAGER)).containsExactly(ALICE);
        assertThat(viewers.reportsOf(LEAD)).containsExactly(BOB);
        assertThat(viewers.reportsOf(ALICE)).isEmpty();
    }

    @Test
    public void resolvesManagerAndHrRoles() {
        assertThat(viewers.viewer(MANAGER).roles()).containsExactlyInAnyOrder(Role.USER, Role.MANAGER);
        assertThat(viewers.viewer(LEAD).roles()).containsExactlyInAnyOrder(Role.USER, Role.MANAGER);
        assertThat(viewers.viewer(HR).roles()).containsExactlyInAnyOrder(Role.USER, Role.HR);
        assertThat(viewers.viewer(ALICE).roles()).containsExactly(Role.USER);
    }

    @Test
    public void restrictedFiguresAreForThePersonTheirManagersAndHrOnly() {
        // given
        settings.setPersonFiguresRestricted(true);
        Viewer mia = viewers.viewer(MANAGER);
        Viewer leo = viewers.viewer(LEAD);

        // then
        assertThat(viewers.maySeePersonFigures(mia, ALICE)).isTrue();
        assertThat(viewers.maySeePersonFigures(leo, BOB)).isTrue();
        assertThat(viewers.maySeePersonFigures(leo, CAROL)).isFalse();
        assertThat(viewers.maySeePersonFigures(mia, BOB)).isFalse();
        assertThat(viewers.maySeePersonFigures(viewers.viewer(HR), BOB)).isTrue();
        assertThat(viewers.maySeePersonFigures(viewers.viewer(CAROL), CAROL)).isTrue();
    }

    @Test
    public void everyoneSeesFiguresWhenTheyAreNotRestricted() {
        assertThat(viewers.maySeePersonFigures(viewers.viewer(CAROL), ALICE)).isTrue();
    }
}
