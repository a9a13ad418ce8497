package io.serviceculture.core.testing;

import io.serviceculture.core.lifecycle.AppDataPort;
import io.serviceculture.core.lifecycle.StoredData;
import io.serviceculture.core.people.UserKey;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** The app's tables reduced to row counts per issue and per person, for the lifecycle use cases. */
public class InMemoryAppData implements AppDataPort {
    private final Map<Long, Map<StoredData, Long>> issueRows = new HashMap<>();
    private final Map<Long, String> issueKeys = new HashMap<>();
    private final Map<StoredData, Map<UserKey, Long>> personRows = new EnumMap<>(StoredData.class);
    private final Map<UserKey, Long> names = new HashMap<>();

    public InMemoryAppData issue(long issueId, String key, StoredData kind, long rows) {
        issueKeys.put(issueId, key);
        issueRows
                .computeIfAbsent(issueId, id -> new EnumMap<>(StoredData.class))
                .merge(kind, rows, Long::sum);
        return this;
    }

    public InMemoryAppData person(UserKey person, StoredData kind, long rows) {
        personRows.computeIfAbsent(kind, k -> new HashMap<>()).merge(person, rows, Long::sum);
        return this;
    }

    public InMemoryAppData signedName(UserKey person, long rows) {
        names.merge(person, rows, Long::sum);
        return this;
    }

    public String keyOf(long issueId) {
        return issueKeys.getOrDefault(issueId, "");
    }

    @Override
    public Map<StoredData, Long> forgetIssue(long issueId) {
        issueKeys.remove(issueId);
        Map<StoredData, Long> removed = issueRows.remove(issueId);
        return removed == null ? Map.of() : removed;
    }

    @Override
    public long rekeyIssue(long issueId, String newKey) {
        if (!issueKeys.containsKey(issueId)) {
            return 0;
        }
        issueKeys.put(issueId, newKey);
        return issueRows.get(issueId).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    @Override
    public SortedSet<Long> issueIds() {
        return new TreeSet<>(issueRows.keySet());
    }

    @Override
    public long count(StoredData kind, UserKey person) {
        return personRows.getOrDefault(kind, Map.of()).getOrDefault(person, 0L);
    }

    @Override
    public long changeUserKey(StoredData kind, UserKey from, UserKey to) {
        Map<UserKey, Long> rows = personRows.getOrDefault(kind, new HashMap<>());
        Long moved = rows.remove(from);
        if (moved == null) {
            return 0;
        }
        rows.merge(to, moved, Long::sum);
        return moved;
    }

    @Override
    public long replaceNamesByKey(UserKey person) {
        Long replaced = names.remove(person);
        return replaced == null ? 0 : replaced;
    }

    @Override
    public long countNames(UserKey person) {
        return names.getOrDefault(person, 0L);
    }
}
