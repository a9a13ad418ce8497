package io.serviceculture.core.config;

import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import java.util.List;

/**
 * Everything an admin configures, as one value: what an export writes and an import replaces. People's own data
 * (kudos, commitments, ratings, reporting lines, preferences) is not configuration and is never part of it.
 *
 * @param values company values in the order people see them
 */
public record AppConfiguration(
        List<BusinessCalendar> calendars,
        List<ServiceStandard> standards,
        List<CompanyValue> values,
        TeamSettings teams,
        AccountabilitySettings accountability,
        AppSwitches switches) {
    public AppConfiguration {
        calendars = List.copyOf(calendars);
        standards = List.copyOf(standards);
        values = List.copyOf(values);
    }
}
