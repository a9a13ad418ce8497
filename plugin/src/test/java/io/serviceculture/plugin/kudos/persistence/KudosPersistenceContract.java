package io.serviceculture.plugin.kudos.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.AllowanceSlot;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.IsoWeek;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosPage;
import io.serviceculture.core.kudos.KudosQuery;
import io.serviceculture.core.kudos.NewKudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.SaveKudosPort.DuplicateRequest;
import io.serviceculture.core.kudos.SaveKudosPort.SaveOutcome;
import io.serviceculture.core.kudos.SaveKudosPort.Saved;
import io.serviceculture.core.kudos.SaveKudosPort.SlotTaken;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.MapCacheManager;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.Before;
import org.junit.Test;

/** What the AO kudos adapters promise, run on each real database by a subclass. */
public abstract class KudosPersistenceContract {
    static final Instant WEDNESDAY = Instant.parse("2026-11-25T10:15:30.123Z");
    static final IsoWeek WEEK_48 = new IsoWeek(2026, 48);
    static final UserKey ALICE = UserKey.of("alice");
    static final UserKey BOB = UserKey.of("bob");

    protected TestDatabase.Fresh database;
    protected ActiveObjects ao;
    protected AoKudosStore store;
    protected AoCompanyValues values;
    private int requests;

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        database = database().fresh(KudosAO.class, KudosReceiverAO.class, CompanyValueAO.class);
        ao = database.ao();
        store = new AoKudosStore(ao);
        values = new AoCompanyValues(ao);
    }

    @Test
    public void namesTablesWithJirasPrefixForTheAppNamespace() {
        assertThat(database.tableNames()).contains("AO_439D1B_KUDOS", "AO_439D1B_KUDOS_RCV", "AO_439D1B_VALUE");
    }

    @Test
    public void countsAPersonsVisibleKudosByValue() {
        // given two kudos for own-it and one for another value to Bob, one of them to a team as well
        String otherValue = values.allValues().stream()
                .map(CompanyValue::id)
                .filter(id -> !id.equals("own-it"))
                .findFirst()
                .orElseThrow();
        give(List.of(Receiver.person(BOB)), "own-it", 1);
        give(List.of(Receiver.person(BOB), Receiver.team(TeamKey.of("desk"))), "own-it", 2);
        give(List.of(Receiver.person(BOB)), otherValue, 3);
        give(List.of(Receiver.team(TeamKey.of("desk"))), otherValue, 4);

        // when
        var counts = new AoKudosStatistics(ao, values).countReceivedByValue(Receiver.person(BOB));

        // then
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("own-it", 2, otherValue, 1));
    }

    private void give(List<Receiver> receivers, String value, int slot) {
        NewKudos kudos = new NewKudos(
                ALICE, receivers, value, "Thanks", OptionalLong.empty(), Visibility.PUBLIC, WEDNESDAY, "count-" + slot);
        assertThat(store.save(kudos, new AllowanceSlot(ALICE, WEEK_48, slot))).isInstanceOf(Saved.class);
    }

    @Test
    public void countsTheKudosAPersonGaveInASpanOnceEachWhateverTheReceivers() {
        // given: two kudos given on Wednesday, one of them to two receivers
        give(List.of(Receiver.person(BOB)), "own-it", 1);
        give(List.of(Receiver.person(BOB), Receiver.team(TeamKey.of("desk"))), "own-it", 2);
        AoKudosStatistics statistics = new AoKudosStatistics(ao, values);

        // then: the span includes its start and excludes its end
        assertThat(statistics.countGivenBy(ALICE, WEDNESDAY, WEDNESDAY.plusSeconds(1)))
                .isEqualTo(2);
        assertThat(statistics.countGivenBy(ALICE, WEDNESDAY.minusSeconds(60), WEDNESDAY))
                .isZero();
        assertThat(statistics.countGivenBy(BOB, WEDNESDAY, WEDNESDAY.plusSeconds(1)))
                .isZero();
    }

    @Test
    public void answersTheSavedKudosAsItReadsBackWhenTheClockIsFinerThanTheDatabase() {
        // given a clock with nanoseconds, where the database keeps milliseconds
        NewKudos kudos = new NewKudos(
                ALICE,
                List.of(Receiver.person(BOB)),
                "own-it",
                "Thanks",
                OptionalLong.empty(),
                Visibility.PUBLIC,
                WEDNESDAY.plusNanos(456_789),
                "req-fine");

        // when
        Kudos saved = ((Saved) store.save(kudos, new AllowanceSlot(ALICE, WEEK_48, 1))).kudos();

        // then
        assertThat(saved.givenAt()).isEqualTo(WEDNESDAY);
        assertThat(store.findById(saved.id())).contains(saved);
    }

    @Test
    public void savesAndReadsBackEveryField() {
        // given
        NewKudos kudos = new NewKudos(
                ALICE,
                List.of(Receiver.person(BOB), Receiver.team(TeamKey.of("service-desk"))),
                "own-it",
                "Thanks for owning the outage – all night! ".repeat(20).trim(),
                OptionalLong.of(10_001L),
                Visibility.PRIVATE,
                WEDNESDAY,
                "req-1");

        // when
        Kudos saved = ((Saved) store.save(kudos, new AllowanceSlot(ALICE, WEEK_48, 1))).kudos();

        // then
        Kudos expected = kudos.withId(saved.id());
        assertThat(saved).isEqualTo(expected);
        assertThat(store.findById(saved.id())).contains(expected);
        assertThat(store.findByClientRequest(ALICE, "req-1")).contains(expected);
        assertThat(store.findByClientRequest(BOB, "req-1")).isEmpty();
        assertThat(store.findById(saved.id() + 1)).isEmpty();
    }

    @Test
    public void keepsAKudosWithoutAnIssueAsPublic() {
        Kudos saved = saved(give(ALICE, "req-1", Receiver.person(BOB)), 1);

        assertThat(store.findById(saved.id()).orElseThrow().issueId()).isEmpty();
        assertThat(saved.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    public void readsTheModerationOfAHiddenKudos() {
        // given
        Kudos saved = saved(give(ALICE, "req-1", Receiver.person(BOB)), 1);
        KudosAO row = ao.get(KudosAO.class, (int) saved.id());
        row.setHiddenBy("hr-hana");
        row.setHiddenReason("Names a client");
        row.setHiddenAt(Date.from(Instant.parse("2026-11-26T08:00:00Z")));
        row.save();

        // when
        Optional<Kudos> read = store.findById(saved.id());

        // then
        assertThat(read.orElseThrow().hidden())
                .contains(new Kudos.Moderation(
                        UserKey.of("hr-hana"), "Names a client", Instant.parse("2026-11-26T08:00:00Z")));
        assertThat(store.findKudos(KudosQuery.all(10)).items()).isEmpty();
        assertThat(store.findKudos(new KudosQuery(
                                Optional.empty(), Optional.empty(), Optional.empty(), true, OptionalLong.empty(), 10))
                        .items())
                .extracting(Kudos::id)
                .containsExactly(saved.id());
    }

    @Test
    public void refusesASecondKudosInTheSameSlot() {
        // given
        saved(give(ALICE, "req-1", Receiver.person(BOB)), 1);

        // when
        SaveOutcome outcome =
                store.save(give(ALICE, "req-2", Receiver.person(BOB)), new AllowanceSlot(ALICE, WEEK_48, 1));

        // then
        assertThat(outcome).isEqualTo(new SlotTaken());
        assertThat(ao.count(KudosAO.class)).isEqualTo(1);
        assertThat(ao.count(KudosReceiverAO.class)).isEqualTo(1);
    }

    @Test
    public void refusesTheSameClientRequestTwiceEvenInAFreeSlot() {
        // given
        saved(give(ALICE, "req-1", Receiver.person(BOB)), 1);

        // when
        SaveOutcome outcome =
                store.save(give(ALICE, "req-1", Receiver.person(BOB)), new AllowanceSlot(ALICE, WEEK_48, 2));

        // then
        assertThat(outcome).isEqualTo(new DuplicateRequest());
        assertThat(ao.count(KudosAO.class)).isEqualTo(1);
    }

    @Test
    public void reportsADuplicateRequestEvenWhenItsSlotIsTakenToo() {
        saved(give(ALICE, "req-1", Receiver.person(BOB)), 1);

        SaveOutcome outcome =
                store.save(give(ALICE, "req-1", Receiver.person(BOB)), new AllowanceSlot(ALICE, WEEK_48, 1));

        assertThat(outcome).isEqualTo(new DuplicateRequest());
    }

    @Test
    public void letsAnotherGiverUseTheSameRequestIdAndSlotNumber() {
        saved(give(ALICE, "req-1", Receiver.person(BOB)), 1);

        SaveOutcome outcome =
                store.save(give(BOB, "req-1", Receiver.person(ALICE)), new AllowanceSlot(BOB, WEEK_48, 1));

        assertThat(outcome).isInstanceOf(Saved.class);
    }

    @Test
    public void countsTheSlotsAGiverUsedPerWeek() {
        // given
        saved(give(ALICE, "req-1", Receiver.person(BOB)), 1);
        saved(give(ALICE, "req-2", Receiver.person(BOB)), 2);
        store.save(give(ALICE, "req-3", Receiver.person(BOB)), new AllowanceSlot(ALICE, new IsoWeek(2026, 49), 1));

        // then
        assertThat(store.countSlotsUsed(ALICE, WEEK_48)).isEqualTo(2);
        assertThat(store.countSlotsUsed(ALICE, new IsoWeek(2026, 49))).isEqualTo(1);
        assertThat(store.countSlotsUsed(BOB, WEEK_48)).isZero();
    }

    @Test
    public void rejectsASlotOfAnotherGiver() {
        assertThatThrownBy(() ->
                        store.save(give(ALICE, "req-1", Receiver.person(BOB)), new AllowanceSlot(BOB, WEEK_48, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void pagesNewestFirstByKey() {
        // given seven kudos
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ids.add(saved(give(ALICE, "req-" + i, Receiver.person(BOB)), i).id());
        }

        // when
        KudosPage first = store.findKudos(KudosQuery.all(3));
        KudosPage second =
                store.findKudos(KudosQuery.all(3).before(first.nextBeforeId().getAsLong()));
        KudosPage last =
                store.findKudos(KudosQuery.all(3).before(second.nextBeforeId().getAsLong()));

        // then
        assertThat(first.items()).extracting(Kudos::id).containsExactly(ids.get(6), ids.get(5), ids.get(4));
        assertThat(first.nextBeforeId()).hasValue(ids.get(4));
        assertThat(second.items()).extracting(Kudos::id).containsExactly(ids.get(3), ids.get(2), ids.get(1));
        assertThat(last.items()).extracting(Kudos::id).containsExactly(ids.get(0));
        assertThat(last.nextBeforeId()).isEmpty();
    }

    @Test
    public void endsWithoutACursorWhenThePageIsExactlyFull() {
        saved(give(ALICE, "req-1", Receiver.person(BOB)), 1);
        saved(give(ALICE, "req-2", Receiver.person(BOB)), 2);

        KudosPage page = store.findKudos(KudosQuery.all(2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.nextBeforeId()).isEmpty();
    }

    @Test
    public void filtersByReceiverGiverAndValueAndPagesWithinTheFilter() {
        // given
        UserKey carol = UserKey.of("carol");
        Receiver team = Receiver.team(TeamKey.of("service-desk"));
        long k1 = saved(give(ALICE, "a1", Receiver.person(BOB), team), 1).id();
        long k2 = saved(give(ALICE, "a2", Receiver.person(carol)), 2).id();
        long k3 = saved(give(carol, "c1", team), 1).id();
        long k4 = saved(give(carol, "c2", Receiver.person(BOB)), 2).id();
        long k5 = saved(giveFor(carol, "c3", "one-team", team), 3).id();

        // then
        assertThat(ids(KudosQuery.all(10).receivedBy(team))).containsExactly(k5, k3, k1);
        assertThat(ids(KudosQuery.all(10).receivedBy(Receiver.person(BOB)))).containsExactly(k4, k1);
        assertThat(ids(KudosQuery.all(10).givenBy(carol))).containsExactly(k5, k4, k3);
        assertThat(ids(KudosQuery.all(10).forValue("one-team"))).containsExactly(k5);
        assertThat(ids(KudosQuery.all(10).receivedBy(team).givenBy(carol).forValue("own-it")))
                .containsExactly(k3);
        assertThat(ids(KudosQuery.all(10).receivedBy(team).before(k5))).containsExactly(k3, k1);
        KudosPage firstTeamPage = store.findKudos(KudosQuery.all(1).receivedBy(team));
        assertThat(firstTeamPage.nextBeforeId()).hasValue(k5);
        assertThat(store.findKudos(KudosQuery.all(1).receivedBy(team))
                        .items()
                        .get(0)
                        .receivers())
                .containsExactly(team);
        assertThat(store.findById(k1).orElseThrow().receivers()).containsExactly(Receiver.person(BOB), team);
        assertThat(k2).isPositive();
    }

    @Test
    public void seedsDefaultValuesOnceWhenThereAreNone() {
        // when
        List<CompanyValue> all = values.allValues();
        List<CompanyValue> again = values.allValues();

        // then
        assertThat(all).isEqualTo(DefaultCompanyValues.VALUES);
        assertThat(again).isEqualTo(all);
        assertThat(ao.count(CompanyValueAO.class)).isEqualTo(DefaultCompanyValues.VALUES.size());
    }

    @Test
    public void seedsTheDefaultsWhenTheFirstLookupIsOfOneValue() {
        assertThat(values.findValue("own-it").map(CompanyValue::name)).contains("Own it end to end");
        assertThat(values.findValue("no-such-value")).isEmpty();
        assertThat(ao.count(CompanyValueAO.class)).isEqualTo(DefaultCompanyValues.VALUES.size());
    }

    @Test
    public void findsAValueByIdIncludingRetiredOnes() {
        // given
        values.allValues();
        CompanyValueAO ownIt = ao.find(CompanyValueAO.class, CompanyValueAO.COLUMN_VALUE_ID + " = ?", "own-it")[0];
        ownIt.setActive(false);
        ownIt.save();

        // then
        assertThat(values.findValue("own-it"))
                .contains(new CompanyValue(
                        "own-it",
                        "Own it end to end",
                        "Took a request from first contact to resolution without passing it on.",
                        false));
        assertThat(values.findValue("no-such-value")).isEmpty();
    }

    @Test
    public void servesValuesFromJirasCacheUntilTheyAreInvalidated() {
        // given values read once through the cache
        AoCompanyValues cached = new AoCompanyValues(ao, new MapCacheManager());
        assertThat(cached.findValue("own-it").map(CompanyValue::active)).contains(true);
        CompanyValueAO ownIt = ao.find(CompanyValueAO.class, CompanyValueAO.COLUMN_VALUE_ID + " = ?", "own-it")[0];
        ownIt.setActive(false);
        ownIt.save();

        // when nobody has said that they changed, the cached copy answers
        assertThat(cached.findValue("own-it").map(CompanyValue::active)).contains(true);

        // then once invalidated, the change is read
        cached.invalidate();
        assertThat(cached.findValue("own-it").map(CompanyValue::active)).contains(false);
        assertThat(cached.allValues()).hasSize(DefaultCompanyValues.VALUES.size());
    }

    @Test
    public void leavesValuesAnAdminAlreadyHasAlone() {
        // given
        new AoCompanyValues(ao, List.of(new CompanyValue("care", "We care", "", true))).allValues();

        // then
        assertThat(values.allValues()).containsExactly(new CompanyValue("care", "We care", "", true));
    }

    private List<Long> ids(KudosQuery query) {
        return store.findKudos(query).items().stream().map(Kudos::id).toList();
    }

    NewKudos give(UserKey giver, String requestId, Receiver... receivers) {
        return giveFor(giver, requestId, "own-it", receivers);
    }

    NewKudos giveFor(UserKey giver, String requestId, String value, Receiver... receivers) {
        requests++;
        return new NewKudos(
                giver,
                List.of(receivers),
                value,
                "Thank you #" + requests,
                OptionalLong.empty(),
                Visibility.PUBLIC,
                WEDNESDAY,
                requestId);
    }

    Kudos saved(NewKudos kudos, int slot) {
        SaveOutcome outcome = store.save(kudos, new AllowanceSlot(kudos.giver(), WEEK_48, slot));
        assertThat(outcome).isInstanceOf(Saved.class);
        return ((Saved) outcome).kudos();
    }
}
