package io.serviceculture.plugin.standards.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A business calendar: its id, and its whole definition as JSON (working hours and holidays change together). */
@Table("SLA_CAL")
public interface CalendarAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_CALENDAR_ID = "CALENDAR_ID";
    String COLUMN_DEFINITION = "DEFINITION";
    String COLUMN_UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    String getCalendarId();

    void setCalendarId(String calendarId);

    // up to 5,000 holidays, far beyond an indexed text column
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String definition);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
