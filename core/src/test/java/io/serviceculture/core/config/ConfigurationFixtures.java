package io.serviceculture.core.config;

import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.KudosSettings;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.retention.RetentionPolicy;
import io.serviceculture.core.standards.MatchingRule;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small configurations to build tests from. */
final class ConfigurationFixtures {
    static final CalendarId OFFICE = CalendarId.of("office");
    static final TeamKey DESK = TeamKey.of("service-desk");
    static final TeamKey OPS = TeamKey.of("operations");
    static final UserKey MARIA = UserKey.of("maria");

    private ConfigurationFixtures() {}

    static AppConfiguration minimal() {
        return new AppConfiguration(
                List.of(BusinessCalendar.twentyFourSeven(OFFICE)),
                List.of(),
                List.of(value("own-it", "Own it", true)),
                new TeamSettings(Set.of(), "service-culture-hr", Map.of()),
                AccountabilitySettings.defaults(),
                switches(RetentionPolicy.keepForever()));
    }

    static AppSwitches switches(RetentionPolicy retention) {
        return new AppSwitches(Set.of(), false, KudosSettings.defaults(), false, false, retention);
    }

    static CompanyValue value(String id, String name, boolean active) {
        return new CompanyValue(id, name, "", active);
    }

    static ServiceStandard standard(String id, StandardVersion... versions) {
        return new ServiceStandard(StandardId.of(id), List.of(versions));
    }

    static StandardVersion version(int number, String effectiveFrom, String name, CalendarId calendar) {
        return new StandardVersion(
                number,
                Instant.parse(effectiveFrom),
                name,
                MatchingRule.any(),
                List.of(Metric.timeToFirstResponse(Duration.ofHours(4), calendar, false)));
    }
}
