package io.serviceculture.core.testing;

import io.serviceculture.core.standards.ClockAlert;
import io.serviceculture.core.standards.ClockAlertsPort;
import io.serviceculture.core.standards.RunningClock;
import io.serviceculture.core.standards.RunningClocksPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Running clocks and raised alerts in memory, unique by alert key as the database keeps them. */
public final class InMemoryLiveClocks implements RunningClocksPort, ClockAlertsPort {
    private final Map<Long, List<RunningClock>> running = new TreeMap<>();
    private final Map<String, ClockAlert> alerts = new LinkedHashMap<>();

    @Override
    public synchronized void replaceRunning(long issueId, List<RunningClock> clocks) {
        if (clocks.isEmpty()) {
            running.remove(issueId);
        } else {
            running.put(issueId, List.copyOf(clocks));
        }
    }

    @Override
    public synchronized List<Long> issuesDueBy(Instant now, int limit) {
        return running.entrySet().stream()
                .filter(entry -> entry.getValue().stream()
                        .anyMatch(clock -> clock.warnAt()
                                        .filter(at -> !at.isAfter(now))
                                        .isPresent()
                                || clock.dueAt().filter(at -> !at.isAfter(now)).isPresent()))
                .map(Map.Entry::getKey)
                .limit(limit)
                .toList();
    }

    public synchronized List<RunningClock> running(long issueId) {
        return running.getOrDefault(issueId, List.of());
    }

    @Override
    public synchronized boolean record(ClockAlert alert) {
        return alerts.putIfAbsent(alert.alertKey(), alert) == null;
    }

    @Override
    public synchronized boolean exists(String alertKey) {
        return alerts.containsKey(alertKey);
    }

    @Override
    public synchronized List<ClockAlert> newestFirst(int offset, int limit) {
        List<ClockAlert> sorted = new ArrayList<>(alerts.values());
        sorted.sort(Comparator.comparing(ClockAlert::raisedAt).reversed());
        return sorted.stream().skip(offset).limit(limit).toList();
    }
}
