package io.serviceculture.plugin.standards.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import io.serviceculture.core.standards.CalendarStorePort;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.plugin.persistence.ClusteredValue;
import io.serviceculture.plugin.standards.StandardsJson.CalendarJson;
import io.serviceculture.plugin.standards.StandardsJsonMapper;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;

/**
 * Business calendars in {@code SLA_CAL}, one row per calendar. Every clock shown on an issue needs its calendar, and
 * calendars change rarely, so with the cache manager the whole (short) list is held on each node in Jira's
 * cluster-invalidated cache: a save here empties it on every node, as does {@link #invalidate()} for writes made
 * elsewhere.
 */
@Named
public class AoCalendarStore implements CalendarStorePort {
    static final String CACHE = AoCalendarStore.class.getName() + ".calendars";

    private final ActiveObjects ao;
    private final Clock clock;
    private final ClusteredValue<List<BusinessCalendar>> calendars;

    @Inject
    public AoCalendarStore(ActiveObjects ao, CacheManager caches) {
        this.ao = ao;
        this.clock = Clock.systemUTC();
        this.calendars = ClusteredValue.cached(caches, CACHE, this::readAll);
    }

    /** Uncached, reading the table each time: for tests of the table itself. */
    public AoCalendarStore(ActiveObjects ao) {
        this(ao, Clock.systemUTC());
    }

    AoCalendarStore(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
        this.calendars = ClusteredValue.uncached(this::readAll);
    }

    @Override
    public Optional<BusinessCalendar> findCalendar(CalendarId id) {
        for (BusinessCalendar calendar : calendars.get()) {
            if (calendar.id().equals(id)) {
                return Optional.of(calendar);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<BusinessCalendar> allCalendars() {
        return calendars.get();
    }

    /** Tells every node that calendars changed; call it after the transaction that changed them. */
    public void invalidate() {
        calendars.invalidate();
    }

    private List<BusinessCalendar> readAll() {
        return Arrays.stream(ao.find(CalendarAO.class, Query.select().order(CalendarAO.COLUMN_CALENDAR_ID + " ASC")))
                .map(AoCalendarStore::toCalendar)
                .toList();
    }

    @Override
    public void saveCalendar(BusinessCalendar calendar) {
        String definition = Definitions.write(StandardsJsonMapper.toJson(calendar));
        Date now = Date.from(clock.instant());
        ao.executeInTransaction(() -> {
            CalendarAO[] rows = ao.find(
                    CalendarAO.class,
                    CalendarAO.COLUMN_CALENDAR_ID + " = ?",
                    calendar.id().value());
            if (rows.length > 0) {
                rows[0].setDefinition(definition);
                rows[0].setUpdatedAt(now);
                rows[0].save();
            } else {
                Map<String, Object> columns = new HashMap<>();
                columns.put(CalendarAO.COLUMN_CALENDAR_ID, calendar.id().value());
                columns.put(CalendarAO.COLUMN_DEFINITION, definition);
                columns.put(CalendarAO.COLUMN_UPDATED_AT, now);
                ao.create(CalendarAO.class, columns);
            }
            return null;
        });
        invalidate();
    }

    private static BusinessCalendar toCalendar(CalendarAO row) {
        return StandardsJsonMapper.toCalendar(Definitions.read(row.getDefinition(), CalendarJson.class));
    }
}
