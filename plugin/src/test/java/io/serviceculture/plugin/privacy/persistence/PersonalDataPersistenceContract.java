package io.serviceculture.plugin.privacy.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.persistence.RatingAO;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosModerationAO;
import io.serviceculture.plugin.kudos.persistence.KudosPreferenceAO;
import io.serviceculture.plugin.kudos.persistence.KudosReactionAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import io.serviceculture.plugin.privacy.StoredRows.Hidden;
import io.serviceculture.plugin.privacy.StoredRows.KudosRow;
import io.serviceculture.plugin.privacy.StoredRows.RatingRow;
import io.serviceculture.plugin.privacy.StoredRows.ReactionRow;
import io.serviceculture.plugin.testing.KudosRows;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.Before;
import org.junit.Test;

/** What the personal data queries promise, run on each real database by a subclass. */
public abstract class PersonalDataPersistenceContract {
    static final UserKey ALICE = UserKey.of("alice");
    static final Instant T1 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-03T09:00:00Z");
    static final Instant T3 = Instant.parse("2026-03-04T09:00:00Z");

    private KudosRows rows;
    private AoPersonalData data;

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        TestDatabase.Fresh database = database()
                .fresh(
                        KudosAO.class,
                        KudosReceiverAO.class,
                        KudosReactionAO.class,
                        KudosModerationAO.class,
                        KudosPreferenceAO.class,
                        RatingAO.class);
        rows = new KudosRows(database.ao());
        data = new AoPersonalData(database.ao());
    }

    @Test
    public void readsKudosThePersonGaveHiddenOnesIncludedWithTheirReactionCounts() {
        // given Alice gave two kudos, one later hidden and one reacted to twice; Bob gave one to Carol
        long thanks = rows.kudos("alice", "bob", "Thanks for the fix", T1);
        long hidden = rows.kudos("alice", "carol", "Off-topic joke", T2);
        rows.kudos("bob", "carol", "Not Alice's", T3);
        rows.reaction(thanks, "bob", T2);
        rows.reaction(thanks, "carol", T3);
        rows.hide(hidden, "hanna", "Not about work", T3);

        // when
        List<KudosRow> given = data.kudosGivenBy(ALICE);

        // then
        assertThat(given)
                .containsExactly(
                        new KudosRow(
                                thanks,
                                "alice",
                                List.of("user:bob"),
                                "own-it",
                                "Thanks for the fix",
                                OptionalLong.empty(),
                                "PUBLIC",
                                T1,
                                Optional.empty(),
                                2),
                        new KudosRow(
                                hidden,
                                "alice",
                                List.of("user:carol"),
                                "own-it",
                                "Off-topic joke",
                                OptionalLong.empty(),
                                "PUBLIC",
                                T2,
                                Optional.of(new Hidden(T3, "Not about work")),
                                0));
    }

    @Test
    public void readsKudosThePersonReceivedLeavingHiddenOnesOut() {
        // given
        long fromBob = rows.kudos("bob", "alice", "Great hand-over", T1);
        long hidden = rows.kudos("carol", "alice", "Hidden", T2);
        rows.hide(hidden, "hanna", "Duplicate", T3);
        rows.kudos("carol", "bob", "Not to Alice", T3);

        // when
        List<KudosRow> received = data.kudosReceivedBy(ALICE);

        // then
        assertThat(received).extracting(KudosRow::id).containsExactly(fromBob);
        assertThat(received.get(0).message()).isEqualTo("Great hand-over");
    }

    @Test
    public void readsThePersonsOwnReactionsAndRatingsOnly() {
        // given
        long kudos = rows.kudos("bob", "carol", "Nice", T1);
        rows.reaction(kudos, "alice", T2);
        rows.reaction(kudos, "dave", T3);
        rows.rating(10001L, "alice", 4, T2);
        rows.rating(10002L, "bob", 1, T3);

        // then
        assertThat(data.reactionsBy(ALICE)).containsExactly(new ReactionRow(kudos, T2));
        assertThat(data.ratingsBy(ALICE)).containsExactly(new RatingRow(10001L, 4, "", T2, T2));
        assertThat(data.preferencesOf(ALICE)).isEmpty();
    }
}
