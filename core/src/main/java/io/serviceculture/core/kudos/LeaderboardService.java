package io.serviceculture.core.kudos;

import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.UserKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Who received the most kudos in the last 30 days. Off unless an admin turns leaderboards on; people who opted
 * out are never ranked; ties share a rank.
 */
public final class LeaderboardService {
    public static final Duration PERIOD = Duration.ofDays(30);
    public static final int SIZE = 10;

    private final KudosStatisticsPort statistics;
    private final KudosPreferencesPort preferences;
    private final LeaderboardSwitchPort settings;
    private final Clock clock;

    public LeaderboardService(
            KudosStatisticsPort statistics,
            KudosPreferencesPort preferences,
            LeaderboardSwitchPort settings,
            Clock clock) {
        this.statistics = statistics;
        this.preferences = preferences;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isOn() {
        return settings.leaderboardsOn();
    }

    public List<LeaderboardEntry> leaderboard(KudosReader reader) {
        if (!isOn()) {
            throw new NotFoundException("service-culture.kudos.error.leaderboards-off");
        }
        Instant now = clock.instant();
        Map<UserKey, Integer> counts = statistics.countReceivedByPerson(now.minus(PERIOD), now);
        Set<UserKey> optedOut = preferences.leaderboardOptOuts();
        List<Map.Entry<UserKey, Integer>> ranked = counts.entrySet().stream()
                .filter(e -> !optedOut.contains(e.getKey()))
                .sorted(Map.Entry.<UserKey, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SIZE)
                .toList();
        Set<UserKey> showing =
                preferences.showingCounts(ranked.stream().map(Map.Entry::getKey).toList());
        List<LeaderboardEntry> entries = new ArrayList<>();
        int rank = 0;
        int previous = -1;
        for (int i = 0; i < ranked.size(); i++) {
            UserKey person = ranked.get(i).getKey();
            int count = ranked.get(i).getValue();
            if (count != previous) {
                rank = i + 1;
                previous = count;
            }
            boolean countVisible = showing.contains(person) || reader.canSeeFiguresOf(person);
            entries.add(new LeaderboardEntry(rank, person, countVisible ? OptionalInt.of(count) : OptionalInt.empty()));
        }
        return entries;
    }
}
