package io.serviceculture.plugin.standards.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.standards.CalendarStorePort;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
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

/** Business calendars in {@code SLA_CAL}, one row per calendar. */
@Named
public class AoCalendarStore implements CalendarStorePort {
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoCalendarStore(ActiveObjects ao) {
        this(ao, Clock.systemUTC());
    }

    AoCalendarStore(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Optional<BusinessCalendar> findCalendar(CalendarId id) {
        return Arrays.stream(ao.find(CalendarAO.class, CalendarAO.COLUMN_CALENDAR_ID + " = ?", id.value()))
                .findFirst()
                .map(AoCalendarStore::toCalendar);
    }

    @Override
    public List<BusinessCalendar> allCalendars() {
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
    }

    private static BusinessCalendar toCalendar(CalendarAO row) {
        return StandardsJsonMapper.toCalendar(Definitions.read(row.getDefinition(), CalendarJson.class));
    }
}
