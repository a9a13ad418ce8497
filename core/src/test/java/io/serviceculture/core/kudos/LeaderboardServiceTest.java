package io.serviceculture.core.kudos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryKudosPreferences;
import io.serviceculture.core.testing.MutableClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.Test;

public class LeaderboardServiceTest {
    private static final UserKey ANA = UserKey.of("ana");
    private static final UserKey BEN = UserKey.of("ben");
    private static final UserKey CID = UserKey.of("cid");
    private static final UserKey DEE = UserKey.of("dee");

    private final InMemoryKudosPreferences preferences = new InMemoryKudosPreferences();
    private final AtomicBoolean on = new AtomicBoolean(true);
    private final Map<UserKey, Integer> counts = new LinkedHashMap<>();
    private Instant askedFrom = Instant.EPOCH;
    private Instant askedTo = Instant.EPOCH;

    private final KudosStatisticsPort statistics = new KudosStatisticsPort() {
        @Override
        public Map<String, Integer> countReceivedByValue(Receiver receiver) {
            return Map.of();
        }

        @Override
        public Map<UserKey, Integer> countReceivedByPerson(Instant from, Instant to) {
            askedFrom = from;
            askedTo = to;
            return counts;
        }

        @Override
        public int countGivenBy(UserKey giver, Instant from, Instant to) {
            throw new UnsupportedOperationException("leaderboards rank what people received");
        }
    };
    private final LeaderboardService service =
            new LeaderboardService(statistics, preferences, on::get, MutableClock.at("2026-11-30T12:00:00Z"));

    @Test
    public void ranksTheLastThirtyDaysWithTiesSharingARank() {
        // given
        counts.putAll(Map.of(ANA, 3, BEN, 7, CID, 3, DEE, 1));
        KudosReader hr = new KudosReader(UserKey.of("hanna"), true, Set.of(), Set.of());

        // when
        List<LeaderboardEntry> board = service.leaderboard(hr);

        // then
        assertThat(board)
                .containsExactly(
                        new LeaderboardEntry(1, BEN, OptionalInt.of(7)),
                        new LeaderboardEntry(2, ANA, OptionalInt.of(3)),
                        new LeaderboardEntry(2, CID, OptionalInt.of(3)),
                        new LeaderboardEntry(4, DEE, OptionalInt.of(1)));
        assertThat(askedFrom).isEqualTo(Instant.parse("2026-10-31T12:00:00Z"));
        assertThat(askedTo).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
    }

    @Test
    public void leavesOutPeopleWhoOptedOut() {
        counts.putAll(Map.of(ANA, 3, BEN, 7));
        preferences.save(BEN, KudosPreferences.DEFAULTS.withChoices(true, false));

        assertThat(service.leaderboard(KudosReader.person(ANA)))
                .extracting(LeaderboardEntry::person)
                .containsExactly(ANA);
    }

    @Test
    public void showsCountsOnlyToThoseAllowedOrWhenThePersonChoseTo() {
        // given Ana shows her counts, Ben does not; Cid manages Ben
        counts.putAll(Map.of(ANA, 3, BEN, 7));
        preferences.save(ANA, KudosPreferences.DEFAULTS.withChoices(false, true));

        // then
        assertThat(service.leaderboard(KudosReader.person(DEE)))
                .containsExactly(
                        new LeaderboardEntry(1, BEN, OptionalInt.empty()),
                        new LeaderboardEntry(2, ANA, OptionalInt.of(3)));
        assertThat(service.leaderboard(new KudosReader(CID, false, Set.of(), Set.of(BEN))))
                .containsExactly(
                        new LeaderboardEntry(1, BEN, OptionalInt.of(7)),
                        new LeaderboardEntry(2, ANA, OptionalInt.of(3)));
        assertThat(service.leaderboard(KudosReader.person(BEN)).get(0).count()).hasValue(7);
    }

    @Test
    public void isOffUntilAnAdminTurnsItOn() {
        on.set(false);

        assertThatThrownBy(() -> service.leaderboard(KudosReader.person(ANA))).isInstanceOf(NotFoundException.class);
    }
}
