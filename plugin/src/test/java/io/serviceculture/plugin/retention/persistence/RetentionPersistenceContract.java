package io.serviceculture.plugin.retention.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.retention.RetentionPolicy;
import io.serviceculture.core.retention.RetentionService;
import io.serviceculture.plugin.accountability.persistence.RatingAO;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosModerationAO;
import io.serviceculture.plugin.kudos.persistence.KudosReactionAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import io.serviceculture.plugin.testing.KudosRows;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.Before;
import org.junit.Test;

/** What the retention purge promises, run on each real database by a subclass. */
public abstract class RetentionPersistenceContract {
    // twelve months before this is 2025-11-23T10:00Z
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final Instant OLD = Instant.parse("2025-01-15T09:00:00Z");
    static final Instant JUST_BEFORE = Instant.parse("2025-11-23T09:59:59Z");
    static final Instant RECENT = Instant.parse("2026-10-01T09:00:00Z");

    private TestDatabase.Fresh database;
    private KudosRows rows;
    private AoRetentionPurge purge;

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        database = database()
                .fresh(
                        KudosAO.class,
                        KudosReceiverAO.class,
                        KudosReactionAO.class,
                        KudosModerationAO.class,
                        RatingAO.class);
        rows = new KudosRows(database.ao());
        purge = new AoRetentionPurge(database.ao());
    }

    @Test
    public void purgesKudosOlderThanTheLimitWithTheirReceiversReactionsAndModerationInBatches() {
        // given three old kudos (one hidden, one reacted to) and one recent kudos with a reaction
        rows.kudos("alice", "bob", "Thanks for the fix", OLD);
        long old2 = rows.kudos("bob", "alice", "Great hand-over", OLD.plusSeconds(60));
        long old3 = rows.kudos("carol", "alice", "Hidden one", JUST_BEFORE);
        long recent = rows.kudos("alice", "carol", "Still fresh", RECENT);
        rows.reaction(old2, "carol", OLD.plusSeconds(120));
        rows.reaction(recent, "bob", RECENT.plusSeconds(60));
        rows.hide(old3, "hanna", "Off topic", JUST_BEFORE.plusMillis(500));

        // when purged in batches of two
        RetentionService.Purged purged = new RetentionService(purge, NOW, 2).apply(new RetentionPolicy(12));

        // then only the recent kudos is left, with its receiver and reaction
        assertThat(purged.kudos()).isEqualTo(3);
        assertThat(Arrays.stream(database.ao().find(KudosAO.class)).map(KudosAO::getID))
                .containsExactly((int) recent);
        assertThat(Arrays.stream(database.ao().find(KudosReceiverAO.class)).map(KudosReceiverAO::getKudosId))
                .containsExactly(recent);
        assertThat(Arrays.stream(database.ao().find(KudosReactionAO.class)).map(KudosReactionAO::getKudosId))
                .containsExactly(recent);
        assertThat(rows.count(KudosModerationAO.class)).isZero();
    }

    @Test
    public void purgesRatingsLastChangedBeforeTheCutoff() {
        // given
        rows.rating(10001L, "alice", 4, OLD);
        rows.rating(10002L, "bob", 5, RECENT);

        // when
        RetentionService.Purged purged = new RetentionService(purge, NOW, 500).apply(new RetentionPolicy(12));

        // then
        assertThat(purged.ratings()).isEqualTo(1);
        assertThat(Arrays.stream(database.ao().find(RatingAO.class)).map(RatingAO::getIssueId))
                .containsExactly(10002L);
    }

    @Test
    public void purgesNothingWhileRetentionIsOff() {
        // given
        rows.kudos("alice", "bob", "Ancient", Instant.parse("2001-01-01T00:00:00Z"));

        // when
        RetentionService.Purged purged = new RetentionService(purge, NOW).apply(RetentionPolicy.keepForever());

        // then
        assertThat(purged).isEqualTo(RetentionService.Purged.NOTHING);
        assertThat(rows.count(KudosAO.class)).isEqualTo(1);
    }
}
