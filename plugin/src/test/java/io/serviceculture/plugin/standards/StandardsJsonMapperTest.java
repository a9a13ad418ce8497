package io.serviceculture.plugin.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.standards.MatchingRule;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.Holiday;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import io.serviceculture.plugin.standards.StandardsJson.CalendarJson;
import io.serviceculture.plugin.standards.StandardsJson.MetricJson;
import io.serviceculture.plugin.standards.StandardsJson.VersionJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class StandardsJsonMapperTest {
    static final CalendarId OFFICE = CalendarId.of("office");

    @Test
    public void aVersionSurvivesTheRoundTripThroughJson() {
        StandardVersion version = new StandardVersion(
                3,
                Instant.parse("2026-12-01T00:00:00Z"),
                "Gold support",
                MatchingRule.projects("SUP").withLabels(Set.of("vip")).withClientTeams(Set.of(TeamKey.of("gold"))),
                List.of(
                        Metric.timeToFirstResponse(Duration.ofMinutes(30), OFFICE, true),
                        Metric.timeToResolution(Duration.ofHours(16), OFFICE, Set.of("10100"), Set.of("10101"))
                                .withWarningPercent(50)));

        VersionJson json = StandardsJsonMapper.toJson(version);

        assertThat(StandardsJsonMapper.toVersion(3, version.effectiveFrom(), json))
                .isEqualTo(version);
    }

    @Test
    public void aCalendarSurvivesTheRoundTripThroughJson() {
        BusinessCalendar calendar = BusinessCalendar.of(
                OFFICE,
                "Office",
                ZoneId.of("America/New_York"),
                WorkingWeek.mondayToFriday(WorkingInterval.of(LocalTime.of(8, 30), LocalTime.MIDNIGHT)),
                List.of(Holiday.on("2026-11-26", "Thanksgiving")));

        assertThat(StandardsJsonMapper.toCalendar(StandardsJsonMapper.toJson(calendar)))
                .isEqualTo(calendar);
    }

    @Test
    public void aGoalThatIsNotADurationIsRefusedOnItsField() {
        MetricJson metric = new MetricJson(
                "resolution",
                "Time to resolution",
                List.of("ISSUE_CREATED"),
                null,
                List.of("RESOLUTION_SET"),
                "8 hours",
                null,
                "office");

        assertThatThrownBy(() -> StandardsJsonMapper.toMetrics(List.of(metric)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("service-culture.standards.json.error.invalid")
                .satisfies(
                        error -> assertThat(((DomainException) error).field()).contains("goal"));
    }

    @Test
    public void aCalendarWithoutAZoneIsRefusedOnThatField() {
        CalendarJson json = new CalendarJson("office", "Office", null, Map.of("MONDAY", List.of("09:00-17:00")), null);

        assertThatThrownBy(() -> StandardsJsonMapper.toCalendar(json))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("service-culture.standards.json.error.missing")
                .satisfies(
                        error -> assertThat(((DomainException) error).field()).contains("zone"));
    }
}
