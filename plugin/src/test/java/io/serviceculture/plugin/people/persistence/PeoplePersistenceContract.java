package io.serviceculture.plugin.people.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.MembershipReconciler;
import io.serviceculture.core.people.ReportingLines;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.MapCacheManager;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** What the AO people adapters promise, run on each real database by a subclass. */
public abstract class PeoplePersistenceContract {
    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00.250Z");
    static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");
    static final UserKey ALICE = UserKey.of("alice");
    static final UserKey BOB = UserKey.of("bob");
    static final UserKey CAROL = UserKey.of("carol");
    static final TeamKey DESK = TeamKey.of("service-desk");
    static final TeamKey OPS = TeamKey.of("operations");

    private TestDatabase.Fresh database;
    private AoMembershipStore memberships;
    private AoManagers managers;

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        database = database().fresh(TeamMemberAO.class, ManagerAO.class, TeamLeadAO.class, PrimaryTeamAO.class);
        memberships = new AoMembershipStore(database.ao());
        managers = new AoManagers(database.ao());
    }

    @Test
    public void namesTablesShortWithJirasPrefixForTheAppNamespace() {
        assertThat(database.tableNames())
                .contains(
                        "AO_439D1B_TEAM_MEMBER", "AO_439D1B_MANAGER", "AO_439D1B_TEAM_LEAD", "AO_439D1B_PRIMARY_TEAM");
    }

    @Test
    public void opensAPeriodOnceHoweverOftenAMemberIsReportedAdded() {
        // when
        memberships.openPeriod(ALICE, DESK, MONDAY);
        memberships.openPeriod(ALICE, DESK, TUESDAY);

        // then
        assertThat(memberships.openPeriods()).containsExactly(MembershipPeriod.open(ALICE, DESK, MONDAY));
    }

    @Test
    public void closesTheOpenPeriodAndKeepsItInTheHistory() {
        // given
        memberships.openPeriod(ALICE, DESK, MONDAY);

        // when
        memberships.closePeriod(ALICE, DESK, TUESDAY);
        memberships.closePeriod(ALICE, DESK, TUESDAY.plusSeconds(60));

        // then
        assertThat(memberships.openPeriods()).isEmpty();
        assertThat(memberships.allPeriods()).containsExactly(MembershipPeriod.closed(ALICE, DESK, MONDAY, TUESDAY));
    }

    @Test
    public void readsPeriodsByPersonAndByTeam() {
        // given Alice in two teams, Bob in one, and Alice back in the desk after a gap
        memberships.openPeriod(ALICE, DESK, MONDAY);
        memberships.openPeriod(ALICE, OPS, MONDAY);
        memberships.openPeriod(BOB, OPS, MONDAY);
        memberships.closePeriod(ALICE, DESK, TUESDAY);
        memberships.openPeriod(ALICE, DESK, TUESDAY.plusSeconds(3600));

        // then
        assertThat(memberships.periodsOfUsers(List.of(ALICE)))
                .containsExactlyInAnyOrder(
                        MembershipPeriod.closed(ALICE, DESK, MONDAY, TUESDAY),
                        MembershipPeriod.open(ALICE, OPS, MONDAY),
                        MembershipPeriod.open(ALICE, DESK, TUESDAY.plusSeconds(3600)));
        assertThat(memberships.periodsOfTeams(List.of(OPS)))
                .containsExactlyInAnyOrder(
                        MembershipPeriod.open(ALICE, OPS, MONDAY), MembershipPeriod.open(BOB, OPS, MONDAY));
        assertThat(memberships.periodsOfUsers(List.of())).isEmpty();
    }

    @Test
    public void reconcilerRepairsStoredPeriodsAgainstCurrentMembers() {
        // given Alice and Bob stored in the desk, but Jira now lists Bob and Carol
        memberships.openPeriod(ALICE, DESK, MONDAY);
        memberships.openPeriod(BOB, DESK, MONDAY);
        var reconciler = new MembershipReconciler(memberships, memberships, Clock.fixed(TUESDAY, ZoneOffset.UTC));

        // when
        reconciler.reconcile(Map.of(DESK, Set.of(BOB, CAROL)));

        // then
        assertThat(memberships.allPeriods())
                .containsExactlyInAnyOrder(
                        MembershipPeriod.closed(ALICE, DESK, MONDAY, TUESDAY),
                        MembershipPeriod.open(BOB, DESK, MONDAY),
                        MembershipPeriod.open(CAROL, DESK, TUESDAY));
    }

    @Test
    public void setsAndClearsAPrimaryTeam() {
        // when
        memberships.setPrimaryTeam(ALICE, Optional.of(DESK));
        memberships.setPrimaryTeam(ALICE, Optional.of(OPS));
        memberships.setPrimaryTeam(BOB, Optional.of(DESK));
        memberships.setPrimaryTeam(BOB, Optional.empty());

        // then
        assertThat(memberships.primaryTeams()).containsExactlyEntriesOf(Map.of(ALICE, OPS));
    }

    @Test
    public void replacesEveryReportingLineAtOnce() {
        // given
        managers.replaceReportingLines(ReportingLines.of(Map.of(ALICE, CAROL, BOB, CAROL)));

        // when
        managers.replaceReportingLines(ReportingLines.of(Map.of(BOB, ALICE)));

        // then
        ReportingLines lines = managers.reportingLines();
        assertThat(lines.asMap()).containsExactlyEntriesOf(Map.of(BOB, ALICE));
        assertThat(lines.reportsOf(ALICE)).containsExactly(BOB);
    }

    @Test
    public void setsATeamsLeadsWithoutTouchingOtherTeams() {
        // given
        managers.setTeamLeads(DESK, Set.of(ALICE));
        managers.setTeamLeads(OPS, Set.of(BOB));

        // when
        managers.setTeamLeads(DESK, Set.of(CAROL, BOB));

        // then
        assertThat(managers.teamLeads().leadsByTeam())
                .containsExactlyInAnyOrderEntriesOf(Map.of(DESK, Set.of(BOB, CAROL), OPS, Set.of(BOB)));
    }

    @Test
    public void readsTheTeamHistoryAgainAfterEveryChangeItMakesAndWhenInvalidated() {
        // given Alice in desk, read through Jira's cache
        AoMembershipStore cached = new AoMembershipStore(database.ao(), new MapCacheManager());
        cached.openPeriod(ALICE, DESK, MONDAY);
        assertThat(cached.history().everMembersOf(DESK)).containsExactly(ALICE);

        // when the cached store changes periods and primary teams itself, the next read sees each change
        cached.openPeriod(BOB, DESK, MONDAY);
        assertThat(cached.history().everMembersOf(DESK)).containsExactlyInAnyOrder(ALICE, BOB);
        cached.closePeriod(ALICE, DESK, TUESDAY);
        assertThat(cached.history().teamsAt(ALICE, TUESDAY.plusSeconds(1))).isEmpty();
        cached.openPeriod(BOB, OPS, MONDAY);
        cached.setPrimaryTeam(BOB, Optional.of(OPS));
        assertThat(cached.history().primaryTeamAt(BOB, TUESDAY)).contains(OPS);

        // when another store writes behind the cache's back (as a user key change does), the cached copy answers
        memberships.openPeriod(CAROL, DESK, MONDAY);
        assertThat(cached.history().everMembersOf(DESK)).doesNotContain(CAROL);

        // then once invalidated, it is read again
        cached.invalidate();
        assertThat(cached.history().everMembersOf(DESK)).contains(CAROL);
    }

    @Test
    public void answersEveryManagerAndLeadQuestionFromOneCachedReadUntilInvalidated() {
        // given reporting lines and leads, read through Jira's cache
        managers.replaceReportingLines(ReportingLines.of(Map.of(ALICE, CAROL, BOB, CAROL)));
        managers.setTeamLeads(DESK, Set.of(CAROL));
        AoManagers cached = new AoManagers(database.ao(), new MapCacheManager());
        assertThat(cached.directReportsOf(CAROL)).containsExactly(ALICE, BOB);
        assertThat(cached.managerOf(ALICE)).contains(CAROL);
        assertThat(cached.teamsLedBy(CAROL)).containsExactly(DESK);

        // when the tables change behind the cache's back (as a user key change does), the cached copy answers
        managers.replaceReportingLines(ReportingLines.of(Map.of(BOB, ALICE)));
        managers.setTeamLeads(DESK, Set.of(ALICE));
        assertThat(cached.managerOf(ALICE)).contains(CAROL);
        assertThat(cached.teamsLedBy(ALICE)).isEmpty();

        // then once invalidated, every answer is read again
        cached.invalidate();
        assertThat(cached.managerOf(ALICE)).isEmpty();
        assertThat(cached.managerOf(BOB)).contains(ALICE);
        assertThat(cached.directReportsOf(CAROL)).isEmpty();
        assertThat(cached.teamsLedBy(ALICE)).containsExactly(DESK);
        assertThat(cached.teamsLedBy(CAROL)).isEmpty();
        assertThat(cached.teamLeads().leadsByTeam()).containsExactlyEntriesOf(Map.of(DESK, Set.of(ALICE)));
    }

    @Test
    public void emptiesItsCacheWhenItChangesLinesOrLeadsItself() {
        // given
        AoManagers cached = new AoManagers(database.ao(), new MapCacheManager());
        assertThat(cached.teamsLedBy(BOB)).isEmpty();
        assertThat(cached.managerOf(BOB)).isEmpty();

        // when
        cached.setTeamLeads(OPS, Set.of(BOB));
        cached.replaceReportingLines(ReportingLines.of(Map.of(BOB, CAROL)));

        // then
        assertThat(cached.teamsLedBy(BOB)).containsExactly(OPS);
        assertThat(cached.managerOf(BOB)).contains(CAROL);
        assertThat(cached.directReportsOf(CAROL)).containsExactly(BOB);
    }
}
