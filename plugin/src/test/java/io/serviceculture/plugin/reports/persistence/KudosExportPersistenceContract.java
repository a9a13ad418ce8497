package io.serviceculture.plugin.reports.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.AllowanceSlot;
import io.serviceculture.core.kudos.IsoWeek;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.NewKudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.SaveKudosPort.Saved;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.KudosExportQuery;
import io.serviceculture.plugin.kudos.persistence.AoKudosStore;
import io.serviceculture.plugin.kudos.persistence.CompanyValueAO;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import io.serviceculture.plugin.testing.DataSourceDatabaseAccessor;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** What the SQL report reader promises, run on each real database by a subclass. */
public abstract class KudosExportPersistenceContract {
    static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    static final UserKey ANNA = UserKey.of("anna");
    static final UserKey BEN = UserKey.of("ben");
    static final UserKey CARL = UserKey.of("carl");
    static final TeamKey DESK = TeamKey.of("desk");

    protected ActiveObjects ao;
    protected AoKudosStore store;
    protected SqlKudosExport export;
    private int requests;

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        TestDatabase.Fresh fresh = database().fresh(KudosAO.class, KudosReceiverAO.class, CompanyValueAO.class);
        ao = fresh.ao();
        store = new AoKudosStore(ao);
        export = new SqlKudosExport(new DataSourceDatabaseAccessor(fresh.dataSource()));
    }

    @Test
    public void readsEveryKudosOnceInKeyOrderPageByPage() {
        // given 7 kudos
        List<Long> given = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            given.add(give(ANNA, List.of(Receiver.person(BEN)), "own-it", Visibility.PUBLIC, MONDAY.plusSeconds(i))
                    .id());
        }

        // when read in pages of 3, each after the last id of the one before
        List<Long> read = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Kudos> page = export.kudosAfter(KudosExportQuery.all(), after, 3);
            pageSizes.add(page.size());
            page.forEach(k -> read.add(k.id()));
            if (page.size() < 3) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }

        // then
        assertThat(read).isEqualTo(given).isSorted();
        assertThat(pageSizes).containsExactly(3, 3, 1);
    }

    @Test
    public void readsEveryFieldWithAllReceiversInTheirOrder() {
        Kudos saved = give(
                ANNA,
                List.of(Receiver.person(BEN), Receiver.team(DESK), Receiver.person(CARL)),
                "one-team",
                Visibility.PRIVATE,
                MONDAY);

        List<Kudos> read = export.kudosAfter(KudosExportQuery.all(), 0, 10);

        assertThat(read).containsExactly(saved);
    }

    @Test
    public void appliesThePeriodValueGiverAndVisibilityInTheDatabase() {
        Kudos early = give(ANNA, List.of(Receiver.person(BEN)), "own-it", Visibility.PUBLIC, MONDAY);
        Kudos later = give(ANNA, List.of(Receiver.person(BEN)), "own-it", Visibility.PUBLIC, MONDAY.plusSeconds(3600));
        Kudos otherValue = give(ANNA, List.of(Receiver.person(BEN)), "one-team", Visibility.PUBLIC, MONDAY);
        Kudos byBen = give(BEN, List.of(Receiver.person(CARL)), "own-it", Visibility.PUBLIC, MONDAY);
        Kudos secret = give(ANNA, List.of(Receiver.person(CARL)), "own-it", Visibility.PRIVATE, MONDAY);

        assertThat(ids(new KudosExportQuery(
                        Optional.of(MONDAY.plusSeconds(1)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
                .containsExactly(later.id());
        assertThat(ids(new KudosExportQuery(
                        Optional.empty(),
                        Optional.of(MONDAY.plusSeconds(3600)),
                        Optional.of("own-it"),
                        Optional.of(ANNA),
                        Optional.empty(),
                        Optional.of(Visibility.PUBLIC))))
                .containsExactly(early.id());
        assertThat(ids(KudosExportQuery.all().withVisibility(Visibility.PRIVATE)))
                .containsExactly(secret.id());
        assertThat(ids(KudosExportQuery.all()))
                .containsExactly(early.id(), later.id(), otherValue.id(), byBen.id(), secret.id());
    }

    @Test
    public void findsAReceiversKudosWithAllTheirReceiversAndCountsOnlyTheirRows() {
        Kudos toBoth =
                give(ANNA, List.of(Receiver.person(BEN), Receiver.person(CARL)), "own-it", Visibility.PUBLIC, MONDAY);
        give(ANNA, List.of(Receiver.person(BEN)), "own-it", Visibility.PUBLIC, MONDAY);
        Kudos toTeam =
                give(BEN, List.of(Receiver.team(DESK), Receiver.person(CARL)), "own-it", Visibility.PUBLIC, MONDAY);
        KudosExportQuery carls = new KudosExportQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(Receiver.person(CARL)),
                Optional.empty());

        assertThat(export.kudosAfter(carls, 0, 10)).containsExactly(toBoth, toTeam);
        assertThat(export.countReceiverRows(carls)).isEqualTo(2);
        // every (kudos, receiver) pair: 2 + 1 + 2
        assertThat(export.countReceiverRows(KudosExportQuery.all())).isEqualTo(5);
    }

    @Test
    public void narrowsToKudosWithAnyOfTheCandidateReceiversKeepingAllTheirReceivers() {
        Kudos toBenAndCarl =
                give(ANNA, List.of(Receiver.person(BEN), Receiver.person(CARL)), "own-it", Visibility.PUBLIC, MONDAY);
        give(BEN, List.of(Receiver.person(ANNA)), "own-it", Visibility.PUBLIC, MONDAY);
        Kudos toDesk = give(CARL, List.of(Receiver.team(DESK)), "own-it", Visibility.PUBLIC, MONDAY);
        give(CARL, List.of(Receiver.person(ANNA)), "own-it", Visibility.PUBLIC, MONDAY);

        List<Kudos> read = export.kudosAfter(
                KudosExportQuery.all().withAnyReceiver(Set.of(Receiver.person(BEN), Receiver.team(DESK))), 0, 10);

        assertThat(read).containsExactly(toBenAndCarl, toDesk);
    }

    @Test
    public void readsTheReceiversOfAPageWhoseIdsLieFarApart() {
        // given Ben's two kudos with nine of Anna's between them
        Kudos first =
                give(BEN, List.of(Receiver.person(ANNA), Receiver.person(CARL)), "own-it", Visibility.PUBLIC, MONDAY);
        for (int i = 0; i < 9; i++) {
            give(ANNA, List.of(Receiver.person(CARL)), "own-it", Visibility.PUBLIC, MONDAY);
        }
        Kudos second = give(BEN, List.of(Receiver.team(DESK)), "own-it", Visibility.PUBLIC, MONDAY);
        KudosExportQuery bens = new KudosExportQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(BEN),
                Optional.empty(),
                Optional.empty());

        // when a page of two holds both
        List<Kudos> page = export.kudosAfter(bens, 0, 2);

        // then each has exactly its own receivers
        assertThat(page).containsExactly(first, second);
    }

    @Test
    public void leavesHiddenKudosOutOfReadsAndCounts() {
        give(ANNA, List.of(Receiver.person(BEN)), "own-it", Visibility.PUBLIC, MONDAY);
        Kudos hidden = give(ANNA, List.of(Receiver.person(CARL)), "own-it", Visibility.PUBLIC, MONDAY);
        KudosAO row = ao.get(KudosAO.class, (int) hidden.id());
        row.setHiddenAt(Date.from(MONDAY.plusSeconds(60)));
        row.setHiddenBy("hr");
        row.save();

        assertThat(ids(KudosExportQuery.all())).doesNotContain(hidden.id()).hasSize(1);
        assertThat(export.countReceiverRows(KudosExportQuery.all())).isEqualTo(1);
    }

    private List<Long> ids(KudosExportQuery query) {
        return export.kudosAfter(query, 0, 100).stream().map(Kudos::id).toList();
    }

    private Kudos give(UserKey giver, List<Receiver> receivers, String value, Visibility visibility, Instant at) {
        requests++;
        NewKudos kudos = new NewKudos(
                giver, receivers, value, "Thanks #" + requests, OptionalLong.empty(), visibility, at, "r-" + requests);
        return ((Saved) store.save(kudos, new AllowanceSlot(giver, new IsoWeek(2026, 48), requests))).kudos();
    }
}
