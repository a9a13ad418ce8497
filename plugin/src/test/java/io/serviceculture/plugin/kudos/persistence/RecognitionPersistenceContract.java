package io.serviceculture.plugin.kudos.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.AllowanceSlot;
import io.serviceculture.core.kudos.IsoWeek;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosPreferences;
import io.serviceculture.core.kudos.KudosQuery;
import io.serviceculture.core.kudos.NewKudos;
import io.serviceculture.core.kudos.Reaction;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.SaveKudosPort.Saved;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** Reactions, moderation, feeds, leaderboard counts and preferences in AO, run on each real database. */
public abstract class RecognitionPersistenceContract {
    static final Instant NOV_25 = Instant.parse("2026-11-25T10:00:00Z");
    static final UserKey ALICE = UserKey.of("alice");
    static final UserKey BOB = UserKey.of("bob");
    static final UserKey CAROL = UserKey.of("carol");
    static final Receiver DESK = Receiver.team(TeamKey.of("desk"));

    private ActiveObjects ao;
    private AoKudosStore store;
    private AoReactions reactions;
    private AoKudosPreferences preferences;
    private int requests;

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        ao = database()
                .fresh(
                        KudosAO.class,
                        KudosReceiverAO.class,
                        CompanyValueAO.class,
                        KudosReactionAO.class,
                        KudosModerationAO.class,
                        KudosPreferenceAO.class)
                .ao();
        store = new AoKudosStore(ao);
        reactions = new AoReactions(ao);
        preferences = new AoKudosPreferences(ao);
    }

    @Test
    public void keepsOneReactionPerPersonAndCountsThemPerKudos() {
        // given
        long first =
                give(ALICE, NOV_25, OptionalLong.empty(), Receiver.person(BOB)).id();
        long second = give(ALICE, NOV_25, OptionalLong.empty(), Receiver.person(CAROL))
                .id();

        // when
        boolean added = reactions.addReaction(first, CAROL, NOV_25);
        boolean addedAgain = reactions.addReaction(first, CAROL, NOV_25);
        reactions.addReaction(first, BOB, NOV_25);
        reactions.addReaction(second, BOB, NOV_25);

        // then
        assertThat(added).isTrue();
        assertThat(addedAgain).isFalse();
        assertThat(ao.count(KudosReactionAO.class)).isEqualTo(3);
        assertThat(reactions.reactions(List.of(first, second, 999L), CAROL))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(first, new Reaction(2, true), second, new Reaction(1, false)));
    }

    @Test
    public void takesBackOnlyThePersonsOwnReaction() {
        long kudos =
                give(ALICE, NOV_25, OptionalLong.empty(), Receiver.person(BOB)).id();
        reactions.addReaction(kudos, CAROL, NOV_25);
        reactions.addReaction(kudos, BOB, NOV_25);

        assertThat(reactions.removeReaction(kudos, CAROL)).isTrue();
        assertThat(reactions.removeReaction(kudos, CAROL)).isFalse();
        assertThat(reactions.reactions(List.of(kudos), CAROL)).containsEntry(kudos, new Reaction(1, false));
    }

    @Test
    public void hidesAKudosOnceAndDropsItFromFeedsAndCounts() {
        // given
        Kudos kudos = give(ALICE, NOV_25, OptionalLong.empty(), Receiver.person(BOB));
        Kudos.Moderation moderation = new Kudos.Moderation(CAROL, "Names a client", NOV_25.plusSeconds(60));

        // when
        boolean first = store.hide(kudos.id(), moderation);
        boolean second = store.hide(kudos.id(), new Kudos.Moderation(ALICE, "Again", NOV_25.plusSeconds(90)));

        // then
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.hide(999_999, moderation)).isFalse();
        assertThat(store.findById(kudos.id()).orElseThrow().hidden()).contains(moderation);
        assertThat(store.findKudos(KudosQuery.all(10)).items()).isEmpty();
        AoKudosStatistics statistics = new AoKudosStatistics(ao, new AoCompanyValues(ao));
        assertThat(statistics.countReceivedByValue(Receiver.person(BOB))).isEmpty();
        assertThat(statistics.countReceivedByPerson(NOV_25.minusSeconds(60), NOV_25.plusSeconds(60)))
                .isEmpty();
    }

    @Test
    public void listsAKudosToATeamAndItsMembersOnceInTheTeamFeed() {
        // given
        long toBoth = give(ALICE, NOV_25, OptionalLong.empty(), Receiver.person(BOB), DESK)
                .id();
        long toTeam = give(CAROL, NOV_25, OptionalLong.empty(), DESK).id();
        give(ALICE, NOV_25, OptionalLong.empty(), Receiver.person(CAROL));
        long toBob =
                give(CAROL, NOV_25, OptionalLong.empty(), Receiver.person(BOB)).id();

        // when
        List<Long> feed =
                store.findKudos(KudosQuery.all(10).receivedByAnyOf(Set.of(DESK, Receiver.person(BOB)))).items().stream()
                        .map(Kudos::id)
                        .toList();
        var firstPage = store.findKudos(KudosQuery.all(2).receivedByAnyOf(Set.of(DESK, Receiver.person(BOB))));

        // then
        assertThat(feed).containsExactly(toBob, toTeam, toBoth);
        assertThat(firstPage.items()).extracting(Kudos::id).containsExactly(toBob, toTeam);
        assertThat(firstPage.nextBeforeId()).hasValue(toTeam);
        assertThat(store.findById(toBoth).orElseThrow().receivers()).containsExactly(Receiver.person(BOB), DESK);
    }

    @Test
    public void listsTheKudosLinkedToAnIssue() {
        long onIssue = give(ALICE, NOV_25, OptionalLong.of(10_001L), Receiver.person(BOB))
                .id();
        give(ALICE, NOV_25, OptionalLong.of(10_002L), Receiver.person(BOB));
        give(ALICE, NOV_25, OptionalLong.empty(), Receiver.person(BOB));

        assertThat(store.findKudos(KudosQuery.all(10).aboutIssue(10_001L)).items())
                .extracting(Kudos::id)
                .containsExactly(onIssue);
    }

    @Test
    public void countsKudosPeopleReceivedInPersonWithinThePeriod() {
        // given
        give(ALICE, NOV_25, OptionalLong.empty(), Receiver.person(BOB), DESK);
        give(CAROL, NOV_25.plusSeconds(3600), OptionalLong.empty(), Receiver.person(BOB), Receiver.person(ALICE));
        give(CAROL, NOV_25, OptionalLong.empty(), DESK);
        give(ALICE, NOV_25.minusSeconds(86_400), OptionalLong.empty(), Receiver.person(CAROL));

        // when
        var counts = new AoKudosStatistics(ao, new AoCompanyValues(ao))
                .countReceivedByPerson(NOV_25, NOV_25.plusSeconds(86_400));

        // then
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(BOB, 2, ALICE, 1));
    }

    @Test
    public void keepsEachPersonsPreferencesAndFindsOptOutsAndShownCounts() {
        // given
        preferences.save(BOB, new KudosPreferences(true, false, 0));
        preferences.save(CAROL, new KudosPreferences(false, true, 7));
        preferences.save(CAROL, new KudosPreferences(false, true, 12));

        // then
        assertThat(preferences.preferencesOf(ALICE)).isEqualTo(KudosPreferences.DEFAULTS);
        assertThat(preferences.preferencesOf(CAROL)).isEqualTo(new KudosPreferences(false, true, 12));
        assertThat(ao.count(KudosPreferenceAO.class)).isEqualTo(2);
        assertThat(preferences.leaderboardOptOuts()).containsExactly(BOB);
        assertThat(preferences.showingCounts(List.of(ALICE, BOB, CAROL))).containsExactly(CAROL);
        assertThat(preferences.showingCounts(List.of())).isEmpty();
    }

    private Kudos give(UserKey giver, Instant at, OptionalLong issue, Receiver... receivers) {
        requests++;
        NewKudos kudos = new NewKudos(
                giver,
                List.of(receivers),
                "own-it",
                "Thanks #" + requests,
                issue,
                Visibility.PUBLIC,
                at,
                "r" + requests);
        return ((Saved) store.save(kudos, new AllowanceSlot(giver, new IsoWeek(2026, 48), requests))).kudos();
    }
}
