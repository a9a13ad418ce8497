package io.serviceculture.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class TeamHistoryTest {
    private static final UserKey ANA = UserKey.of("ana");
    private static final UserKey BEN = UserKey.of("ben");
    private static final UserKey GONE = UserKey.of("JIRAUSER10999");
    private static final TeamKey BILLING = TeamKey.of("billing");
    private static final TeamKey INFRA = TeamKey.of("infra");
    private static final TeamKey SUPPORT = TeamKey.of("support");

    private static Instant at(String day) {
        return Instant.parse(day + "T00:00:00Z");
    }

    @Test
    public void findsThePersonsTeamsAtAnInstantAlphabetically() {
        // given
        TeamHistory history = TeamHistory.of(
                List.of(
                        MembershipPeriod.open(ANA, SUPPORT, at("2026-01-01")),
                        MembershipPeriod.open(ANA, BILLING, at("2026-03-01"))),
                Map.of());

        // then
        assertThat(history.teamsAt(ANA, at("2026-02-01"))).containsExactly(SUPPORT);
        assertThat(history.teamsAt(ANA, at("2026-04-01"))).containsExactly(BILLING, SUPPORT);
        assertThat(history.teamsAt(ANA, at("2025-12-31"))).isEmpty();
    }

    @Test
    public void listsEveryoneEverInATeamPastMembersIncluded() {
        TeamHistory history = TeamHistory.of(
                List.of(
                        MembershipPeriod.closed(ANA, SUPPORT, at("2025-01-01"), at("2025-06-01")),
                        MembershipPeriod.open(ANA, BILLING, at("2025-06-01")),
                        MembershipPeriod.open(BEN, SUPPORT, at("2026-01-01")),
                        MembershipPeriod.open(GONE, INFRA, at("2026-01-01"))),
                Map.of());

        assertThat(history.everMembersOf(SUPPORT)).containsExactlyInAnyOrder(ANA, BEN);
        assertThat(history.everMembersOf(TeamKey.of("nobody-here"))).isEmpty();
    }

    @Test
    public void usesThePrimaryTeamAnAdminSetWhileThePersonIsInIt() {
        // given ana is in billing and support, and an admin made support her primary team
        TeamHistory history = TeamHistory.of(
                List.of(
                        MembershipPeriod.open(ANA, BILLING, at("2026-01-01")),
                        MembershipPeriod.closed(ANA, SUPPORT, at("2026-01-01"), at("2026-06-01"))),
                Map.of(ANA, SUPPORT));

        // then support while she is in it, the first team alphabetically once she left it
        assertThat(history.primaryTeamAt(ANA, at("2026-03-01"))).contains(SUPPORT);
        assertThat(history.primaryTeamAt(ANA, at("2026-07-01"))).contains(BILLING);
    }

    @Test
    public void fallsBackToTheFirstTeamAlphabeticallyWithoutAnAdminChoice() {
        // given
        TeamHistory history = TeamHistory.of(
                List.of(
                        MembershipPeriod.open(ANA, SUPPORT, at("2026-01-01")),
                        MembershipPeriod.open(ANA, INFRA, at("2026-01-01"))),
                Map.of());

        // then
        assertThat(history.primaryTeamAt(ANA, at("2026-02-01"))).contains(INFRA);
    }

    @Test
    public void followsAMoveBetweenTeamsWithFromInclusiveAndToExclusive() {
        // given ana moved from support to infra at exactly 2026-05-01T00:00Z: adjacent periods
        Instant move = at("2026-05-01");
        TeamHistory history = TeamHistory.of(
                List.of(
                        MembershipPeriod.closed(ANA, SUPPORT, at("2026-01-01"), move),
                        MembershipPeriod.open(ANA, INFRA, move)),
                Map.of());

        // then the instant of the move belongs to the new team only
        assertThat(history.primaryTeamAt(ANA, move.minusMillis(1))).contains(SUPPORT);
        assertThat(history.teamsAt(ANA, move)).containsExactly(INFRA);
        assertThat(history.primaryTeamAt(ANA, at("2026-01-01"))).contains(SUPPORT);
    }

    @Test
    public void hasNoTeamAfterThePersonWasRemovedFromTheGroup() {
        // given ben was removed from billing, as happens when someone is deactivated
        TeamHistory history = TeamHistory.of(
                List.of(MembershipPeriod.closed(BEN, BILLING, at("2026-01-01"), at("2026-02-01"))), Map.of());

        // then
        assertThat(history.primaryTeamAt(BEN, at("2026-01-15"))).contains(BILLING);
        assertThat(history.primaryTeamAt(BEN, at("2026-02-01"))).isEmpty();
        assertThat(history.isMember(BEN, BILLING, at("2026-03-01"))).isFalse();
    }

    @Test
    public void givesDeletedUsersAndPeopleWithoutPeriodsNoTeam() {
        // given
        TeamHistory history =
                TeamHistory.of(List.of(MembershipPeriod.open(ANA, SUPPORT, at("2026-01-01"))), Map.of(GONE, SUPPORT));

        // then an admin choice alone does not make anyone a member
        assertThat(history.primaryTeamAt(GONE, at("2026-02-01"))).isEmpty();
        assertThat(history.teamsAt(GONE, at("2026-02-01"))).isEmpty();
        assertThat(history.providerTeamAt(Optional.empty(), at("2026-02-01"))).isEmpty();
    }

    @Test
    public void countsATeamOnceWhenPeriodsOverlap() {
        // given two overlapping periods in the same team, as a replayed event could leave
        TeamHistory history = TeamHistory.of(
                List.of(
                        MembershipPeriod.closed(ANA, SUPPORT, at("2026-01-01"), at("2026-03-01")),
                        MembershipPeriod.open(ANA, SUPPORT, at("2026-02-01"))),
                Map.of());

        // then
        assertThat(history.teamsAt(ANA, at("2026-02-15"))).containsExactly(SUPPORT);
        assertThat(history.teamsAt(ANA, at("2026-04-01"))).containsExactly(SUPPORT);
    }

    @Test
    public void takesTheProviderFromTheAssigneeAndTheClientFromTheReporterAtCreation() {
        // given ben was in billing until March, then in infra
        TeamHistory history = TeamHistory.of(
                List.of(
                        MembershipPeriod.open(ANA, SUPPORT, at("2026-01-01")),
                        MembershipPeriod.closed(BEN, BILLING, at("2026-01-01"), at("2026-03-01")),
                        MembershipPeriod.open(BEN, INFRA, at("2026-03-01"))),
                Map.of());

        // then an issue ben reported in February stays billing's request after his move
        assertThat(history.clientTeam(Optional.of(BEN), at("2026-02-10"))).contains(BILLING);
        assertThat(history.providerTeamAt(Optional.of(BEN), at("2026-03-10"))).contains(INFRA);
        assertThat(history.providerTeamAt(Optional.of(ANA), at("2026-03-10"))).contains(SUPPORT);
    }

    @Test
    public void rejectsAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> MembershipPeriod.closed(ANA, SUPPORT, at("2026-02-01"), at("2026-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
