package io.serviceculture.plugin.insights.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.insights.RecognitionCount;
import io.serviceculture.core.kudos.AllowanceSlot;
import io.serviceculture.core.kudos.IsoWeek;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.NewKudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.SaveKudosPort.Saved;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.persistence.AoKudosStore;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosModerationAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import io.serviceculture.plugin.testing.DataSourceDatabaseAccessor;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.Before;
import org.junit.Test;

/** What the SQL aggregates of the insights promise, run on each real database by a subclass. */
public abstract class RecognitionAggregatesContract {
    static final UserKey ANNA = UserKey.of("anna");
    static final UserKey BEN = UserKey.of("ben");
    static final UserKey CARL = UserKey.of("carl");
    static final UserKey DORA = UserKey.of("dora");
    static final TeamKey OPS = TeamKey.of("ops");
    static final Interval NOVEMBER =
            new Interval(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

    private AoKudosStore store;
    private SqlRecognitionAggregates aggregates;
    private int requests;

    protected abstract TestDatabase database();

    @Before
    public void givenKudosInAndAroundNovember() {
        TestDatabase.Fresh fresh = database().fresh(KudosAO.class, KudosReceiverAO.class, KudosModerationAO.class);
        store = new AoKudosStore(fresh.ao());
        aggregates = new SqlRecognitionAggregates(new DataSourceDatabaseAccessor(fresh.dataSource()));

        give(ANNA, List.of(Receiver.person(CARL), Receiver.team(OPS)), "own-it", "2026-11-10T09:00:00Z");
        give(ANNA, List.of(Receiver.person(CARL)), "own-it", "2026-11-11T09:00:00Z");
        give(BEN, List.of(Receiver.person(CARL)), "help", "2026-11-12T09:00:00Z");
        Kudos hidden = give(CARL, List.of(Receiver.person(ANNA)), "help", "2026-11-20T09:00:00Z");
        store.hide(hidden.id(), new Kudos.Moderation(DORA, "off topic", Instant.parse("2026-11-21T09:00:00Z")));
        give(DORA, List.of(Receiver.person(ANNA)), "help", "2026-11-01T00:00:00Z");
        give(BEN, List.of(Receiver.person(ANNA)), "help", "2026-10-31T23:59:59Z");
        give(BEN, List.of(Receiver.person(ANNA)), "help", "2026-12-01T00:00:00Z");
    }

    @Test
    public void addsUpRecognitionsPerGiverReceiverAndValueInThePeriod() {
        List<RecognitionCount> counts = aggregates.recognitions(NOVEMBER);

        // anna's two kudos to carl are one row of 2; the hidden one and those outside November are left out
        assertThat(counts)
                .containsExactlyInAnyOrder(
                        new RecognitionCount(ANNA, Receiver.person(CARL), "own-it", 2),
                        new RecognitionCount(ANNA, Receiver.team(OPS), "own-it", 1),
                        new RecognitionCount(BEN, Receiver.person(CARL), "help", 1),
                        new RecognitionCount(DORA, Receiver.person(ANNA), "help", 1));
    }

    @Test
    public void countsEachKudosGivenOnceHoweverManyReceivers() {
        Map<UserKey, Long> given = aggregates.givenPerGiver(NOVEMBER);

        assertThat(given).containsOnly(Map.entry(ANNA, 2L), Map.entry(BEN, 1L), Map.entry(DORA, 1L));
    }

    @Test
    public void findsNothingInAnEmptyPeriod() {
        Interval january = new Interval(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"));

        assertThat(aggregates.recognitions(january)).isEmpty();
        assertThat(aggregates.givenPerGiver(january)).isEmpty();
    }

    private Kudos give(UserKey giver, List<Receiver> receivers, String value, String at) {
        requests++;
        NewKudos kudos = new NewKudos(
                giver,
                receivers,
                value,
                "Thanks #" + requests,
                OptionalLong.empty(),
                Visibility.PUBLIC,
                Instant.parse(at),
                "r-" + requests);
        return ((Saved) store.save(kudos, new AllowanceSlot(giver, new IsoWeek(2026, 48), requests))).kudos();
    }
}
