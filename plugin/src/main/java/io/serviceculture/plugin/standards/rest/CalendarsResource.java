package io.serviceculture.plugin.standards.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.standards.HolidayFormat;
import io.serviceculture.core.standards.StandardsService;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.PeopleAudit;
import io.serviceculture.plugin.standards.StandardsJson.CalendarJson;
import io.serviceculture.plugin.standards.StandardsJson.HolidayImportJson;
import io.serviceculture.plugin.standards.StandardsJsonMapper;
import io.serviceculture.plugin.standards.StandardsUseCases;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;

/** Business calendars: licensed users read them, administrators define them and import holidays (audited). */
@Path("/calendars")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarsResource {
    private final StandardsService standards;
    private final StandardsAdmin admin;
    private final FeatureGuard guard;
    private final PeopleAudit audit;

    @Inject
    public CalendarsResource(StandardsUseCases useCases, StandardsAdmin admin, FeatureGuard guard, PeopleAudit audit) {
        this.guard = guard;
        this.standards = useCases.service();
        this.admin = admin;
        this.audit = audit;
    }

    @GET
    public List<CalendarJson> calendars() {
        guard.require(Feature.STANDARDS);
        return standards.calendars().stream().map(StandardsJsonMapper::toJson).toList();
    }

    /** Creates a calendar, or redefines the one with this id. */
    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarJson define(@Nullable CalendarJson body) {
        guard.require(Feature.STANDARDS);
        admin.require();
        CalendarJson json = StandardsJsonMapper.required(body, "body");
        BusinessCalendar defined = standards.defineCalendar(StandardsJsonMapper.toCalendar(json));
        audit.record(
                "service-culture.audit.standards.calendar-defined",
                defined.id().value(),
                defined.zone().getId());
        return StandardsJsonMapper.toJson(defined);
    }

    /** Adds holidays from CSV ({@code date,name}) or iCalendar text; a file with any problem changes nothing. */
    @POST
    @AdminOnly
    @Path("/{id}/holidays")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarJson importHolidays(@PathParam("id") String id, @Nullable HolidayImportJson body) {
        guard.require(Feature.STANDARDS);
        admin.require();
        HolidayImportJson json = StandardsJsonMapper.required(body, "body");
        String format = StandardsJsonMapper.required(json.format(), "format");
        HolidayFormat parsed;
        try {
            parsed = HolidayFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.onField("format", "service-culture.standards.json.error.format", format);
        }
        BusinessCalendar updated =
                standards.importHolidays(CalendarId.of(id), parsed, StandardsJsonMapper.required(json.text(), "text"));
        audit.record(
                "service-culture.audit.standards.holidays-imported",
                updated.id().value(),
                String.valueOf(updated.holidays().size()));
        return StandardsJsonMapper.toJson(updated);
    }
}
