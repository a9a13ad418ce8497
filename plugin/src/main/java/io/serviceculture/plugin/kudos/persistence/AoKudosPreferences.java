package io.serviceculture.plugin.kudos.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.kudos.KudosPreferences;
import io.serviceculture.core.kudos.KudosPreferencesPort;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.persistence.UniqueViolations;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/** People's kudos preferences in Active Objects, one row per person who changed anything. */
@Named
public final class AoKudosPreferences implements KudosPreferencesPort {
    private final ActiveObjects ao;

    @Inject
    public AoKudosPreferences(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public KudosPreferences preferencesOf(UserKey person) {
        return row(person).map(AoKudosPreferences::toPreferences).orElse(KudosPreferences.DEFAULTS);
    }

    @Override
    public void save(UserKey person, KudosPreferences preferences) {
        try {
            ao.executeInTransaction(() -> {
                write(person, preferences);
                return null;
            });
        } catch (RuntimeException e) {
            // the person's first save raced another of their own (two tabs); the row exists now, so update it
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            ao.executeInTransaction(() -> {
                write(person, preferences);
                return null;
            });
        }
    }

    private void write(UserKey person, KudosPreferences preferences) {
        Optional<KudosPreferenceAO> existing = row(person);
        if (existing.isPresent()) {
            KudosPreferenceAO row = existing.get();
            row.setLeaderboardOptOut(preferences.leaderboardOptOut());
            row.setShowCounts(preferences.showCounts());
            row.setNoticesSeen(preferences.noticesSeenUpTo());
            row.save();
            return;
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put(KudosPreferenceAO.COLUMN_USER_KEY, person.value());
        columns.put(KudosPreferenceAO.COLUMN_LEADERBOARD_OPT_OUT, preferences.leaderboardOptOut());
        columns.put(KudosPreferenceAO.COLUMN_SHOW_COUNTS, preferences.showCounts());
        columns.put(KudosPreferenceAO.COLUMN_NOTICES_SEEN, preferences.noticesSeenUpTo());
        ao.create(KudosPreferenceAO.class, columns);
    }

    @Override
    public Set<UserKey> showingCounts(Collection<UserKey> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        Object[] keys = people.stream().map(UserKey::value).toArray();
        String placeholders = String.join(", ", Collections.nCopies(keys.length, "?"));
        return Arrays.stream(ao.find(
                        KudosPreferenceAO.class,
                        Query.select()
                                .where(
                                        KudosPreferenceAO.COLUMN_USER_KEY + " IN (" + placeholders + ") AND "
                                                + KudosPreferenceAO.COLUMN_SHOW_COUNTS + " = ?",
                                        append(keys, Boolean.TRUE))))
                .map(row -> UserKey.of(row.getUserKey()))
                .collect(Collectors.toSet());
    }

    @Override
    public Set<UserKey> leaderboardOptOuts() {
        return Arrays.stream(ao.find(
                        KudosPreferenceAO.class, KudosPreferenceAO.COLUMN_LEADERBOARD_OPT_OUT + " = ?", Boolean.TRUE))
                .map(row -> UserKey.of(row.getUserKey()))
                .collect(Collectors.toSet());
    }

    private Optional<KudosPreferenceAO> row(UserKey person) {
        return Arrays.stream(
                        ao.find(KudosPreferenceAO.class, KudosPreferenceAO.COLUMN_USER_KEY + " = ?", person.value()))
                .findFirst();
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    private static KudosPreferences toPreferences(KudosPreferenceAO row) {
        return new KudosPreferences(row.isLeaderboardOptOut(), row.isShowCounts(), Math.max(0, row.getNoticesSeen()));
    }
}
