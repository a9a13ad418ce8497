package io.serviceculture.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.people.MembershipReconciler.Membership;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class MembershipReconcilerTest {
    private static final UserKey ANA = UserKey.of("ana");
    private static final UserKey BEN = UserKey.of("ben");
    private static final UserKey CAL = UserKey.of("cal");
    private static final TeamKey SUPPORT = TeamKey.of("support");
    private static final TeamKey INFRA = TeamKey.of("infra");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-11-23T02:00:00Z");
    private final InMemoryMembershipStore store = new InMemoryMembershipStore()
            .with(MembershipPeriod.open(ANA, SUPPORT, START))
            .with(MembershipPeriod.open(BEN, SUPPORT, START))
            .with(MembershipPeriod.open(BEN, INFRA, START));
    private final MembershipReconciler reconciler = new MembershipReconciler(store, store, clock);

    @Test
    public void closesPeriodsOfPeopleNoLongerInTheTeamAndOpensPeriodsForNewMembers() {
        // when Jira says support is now ana and cal, infra still ben
        MembershipReconciler.Changes changes =
                reconciler.reconcile(Map.of(SUPPORT, Set.of(ANA, CAL), INFRA, Set.of(BEN)));

        // then
        assertThat(changes.closed()).containsExactly(new Membership(BEN, SUPPORT));
        assertThat(changes.opened()).containsExactly(new Membership(CAL, SUPPORT));
        TeamHistory history = store.history();
        Instant now = clock.instant();
        assertThat(history.teamsAt(BEN, now)).containsExactly(INFRA);
        assertThat(history.teamsAt(BEN, now.minusSeconds(1))).containsExactly(INFRA, SUPPORT);
        assertThat(history.teamsAt(CAL, now)).containsExactly(SUPPORT);
        assertThat(history.teamsAt(CAL, now.minusSeconds(1))).isEmpty();
    }

    @Test
    public void closesEveryPeriodOfATeamNoLongerMarkedAsATeam() {
        // when infra is no longer a team
        MembershipReconciler.Changes changes = reconciler.reconcile(Map.of(SUPPORT, Set.of(ANA, BEN)));

        // then
        assertThat(changes.closed()).containsExactly(new Membership(BEN, INFRA));
        assertThat(changes.opened()).isEmpty();
        assertThat(store.openPeriods()).hasSize(2);
    }

    @Test
    public void changesNothingWhenTheStoredPeriodsMatchJira() {
        // when
        MembershipReconciler.Changes changes =
                reconciler.reconcile(Map.of(SUPPORT, Set.of(ANA, BEN), INFRA, Set.of(BEN)));

        // then
        assertThat(changes.isEmpty()).isTrue();
        assertThat(store.allPeriods()).hasSize(3);
    }

    @Test
    public void countsTheMembersOfANewlyMarkedTeamAsMembersSinceTheStartOfHistory() {
        // when an admin marks ops, whose members in Jira are ana and cal
        TeamKey ops = TeamKey.of("ops");
        reconciler.teamMarked(ops, Set.of(ANA, CAL));

        // then a 2019 issue of ana's is attributed to ops, and she is still in it now
        TeamHistory history = store.history();
        assertThat(history.teamsAt(ANA, Instant.parse("2019-05-01T10:00:00Z"))).contains(ops);
        assertThat(history.teamsAt(CAL, clock.instant())).containsExactly(ops);
    }

    @Test
    public void seedsAReMarkedTeamFromWhereEachMemberLastLeftIt() {
        // given infra was a team ben left on 1 June, then infra was unmarked
        InMemoryMembershipStore earlier = new InMemoryMembershipStore()
                .with(MembershipPeriod.closed(BEN, INFRA, START, Instant.parse("2026-06-01T00:00:00Z")));
        MembershipReconciler again = new MembershipReconciler(earlier, earlier, clock);

        // when it is marked again with ben and ana in it
        again.teamMarked(INFRA, Set.of(BEN, ANA));

        // then ben's new period starts where his last one ended (Jira cannot say when he came back), so his
        // periods never overlap; ana, new to infra, counts from the start of history
        assertThat(earlier.periodsOfUsers(Set.of(BEN)))
                .extracting(MembershipPeriod::from)
                .containsExactlyInAnyOrder(START, Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(earlier.periodsOfUsers(Set.of(ANA)))
                .extracting(MembershipPeriod::from)
                .containsExactly(Instant.EPOCH);
    }

    @Test
    public void recordsMembershipEventsAsTheyHappenAndIgnoresRepeats() {
        // when cal joins infra, the event arrives twice, and she leaves a day later
        reconciler.memberAdded(CAL, INFRA);
        reconciler.memberAdded(CAL, INFRA);
        Instant joined = clock.instant();
        clock.advance(Duration.ofDays(1));
        reconciler.memberRemoved(CAL, INFRA);
        reconciler.memberRemoved(CAL, INFRA);

        // then one closed period
        assertThat(store.periodsOfUsers(Set.of(CAL)))
                .containsExactly(new MembershipPeriod(CAL, INFRA, joined, Optional.of(clock.instant())));
        assertThat(store.periodsOfTeams(Set.of(INFRA))).hasSize(2);
    }
}
