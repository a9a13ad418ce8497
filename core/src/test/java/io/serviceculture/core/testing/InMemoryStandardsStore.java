package io.serviceculture.core.testing;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.standards.CalendarStorePort;
import io.serviceculture.core.standards.CycleQuery;
import io.serviceculture.core.standards.CycleResultsPort;
import io.serviceculture.core.standards.RecordedCycle;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.StandardStorePort;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Calendars, standards and recorded cycles in memory, with the same promises as the Active Objects stores. */
public final class InMemoryStandardsStore implements CalendarStorePort, StandardStorePort, CycleResultsPort {
    private final Map<CalendarId, BusinessCalendar> calendars = new TreeMap<>();
    private final Map<String, List<StandardVersion>> versions = new TreeMap<>();
    private final Map<String, RecordedCycle> cycles = new TreeMap<>();

    @Override
    public synchronized Optional<BusinessCalendar> findCalendar(CalendarId id) {
        return Optional.ofNullable(calendars.get(id));
    }

    @Override
    public synchronized List<BusinessCalendar> allCalendars() {
        return List.copyOf(calendars.values());
    }

    @Override
    public synchronized void saveCalendar(BusinessCalendar calendar) {
        calendars.put(calendar.id(), calendar);
    }

    @Override
    public synchronized List<ServiceStandard> allStandards() {
        return versions.keySet().stream()
                .map(id -> new ServiceStandard(StandardId.of(id), versions.get(id)))
                .toList();
    }

    @Override
    public synchronized Optional<ServiceStandard> findStandard(StandardId id) {
        List<StandardVersion> found = versions.get(id.value());
        return found == null ? Optional.empty() : Optional.of(new ServiceStandard(id, found));
    }

    @Override
    public synchronized void addVersion(StandardId id, StandardVersion version) {
        List<StandardVersion> known = versions.computeIfAbsent(id.value(), key -> new ArrayList<>());
        if (known.size() >= version.number()) {
            throw ConflictException.onField(
                    "version", "service-culture.standards.version.error.taken", version.number());
        }
        known.add(version);
    }

    @Override
    public synchronized int record(List<RecordedCycle> recorded) {
        int added = 0;
        for (RecordedCycle cycle : recorded) {
            if (cycles.putIfAbsent(keyOf(cycle), cycle) == null) {
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized List<RecordedCycle> find(CycleQuery query) {
        return cycles.values().stream()
                .filter(query::matches)
                .sorted(Comparator.comparing(
                                (RecordedCycle cycle) -> cycle.result().cycle().stop())
                        .thenComparing(cycle -> cycle.result().issueId()))
                .toList();
    }

    private static String keyOf(RecordedCycle cycle) {
        Instant start = cycle.result().cycle().start();
        return cycle.result().issueId() + "|" + cycle.result().standard() + "|"
                + cycle.result().metricKey() + "|" + start;
    }
}
