package io.serviceculture.plugin.standards;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.standards.MatchingRule;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.PauseCondition;
import io.serviceculture.core.standards.PauseReason;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.core.standards.StartTrigger;
import io.serviceculture.core.standards.StopTrigger;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.core.standards.calendar.CalendarId;
import io.serviceculture.core.standards.calendar.Holiday;
import io.serviceculture.core.standards.calendar.WorkingInterval;
import io.serviceculture.core.standards.calendar.WorkingWeek;
import io.serviceculture.plugin.standards.StandardsJson.CalendarJson;
import io.serviceculture.plugin.standards.StandardsJson.HolidayJson;
import io.serviceculture.plugin.standards.StandardsJson.MetricJson;
import io.serviceculture.plugin.standards.StandardsJson.PauseJson;
import io.serviceculture.plugin.standards.StandardsJson.RuleJson;
import io.serviceculture.plugin.standards.StandardsJson.StandardJson;
import io.serviceculture.plugin.standards.StandardsJson.VersionJson;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Between the JSON shapes and the core's calendars and versions; bad input becomes a 400 naming the field. */
public final class StandardsJsonMapper {
    static final String MISSING = "service-culture.standards.json.error.missing";
    static final String INVALID = "service-culture.standards.json.error.invalid";

    private StandardsJsonMapper() {}

    public static BusinessCalendar toCalendar(CalendarJson json) {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, List<String>> day :
                required(json.hours(), "hours").entrySet()) {
            DayOfWeek weekday = parse("hours", day.getKey(), text -> DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT)));
            hours.put(
                    weekday, day.getValue().stream().map(WorkingInterval::parse).toList());
        }
        List<Holiday> holidays = new ArrayList<>();
        for (HolidayJson holiday : orEmpty(json.holidays())) {
            LocalDate date = parse("holidays", required(holiday.date(), "holidays"), LocalDate::parse);
            holidays.add(new Holiday(date, holiday.name() == null ? "" : holiday.name()));
        }
        return BusinessCalendar.of(
                CalendarId.of(required(json.id(), "id")),
                required(json.name(), "name"),
                parse("zone", required(json.zone(), "zone"), ZoneId::of),
                new WorkingWeek(hours),
                holidays);
    }

    public static CalendarJson toJson(BusinessCalendar calendar) {
        Map<String, List<String>> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingInterval> intervals = calendar.week().on(day);
            if (!intervals.isEmpty()) {
                hours.put(
                        day.name(),
                        intervals.stream().map(WorkingInterval::toString).toList());
            }
        }
        return new CalendarJson(
                calendar.id().value(),
                calendar.name(),
                calendar.zone().getId(),
                hours,
                calendar.holidays().stream()
                        .map(holiday -> new HolidayJson(holiday.date().toString(), holiday.name()))
                        .toList());
    }

    /** A version's definition; number and effective date come from the caller. */
    public static StandardVersion toVersion(int number, Instant effectiveFrom, VersionJson json) {
        return new StandardVersion(
                number, effectiveFrom, required(json.name(), "name"), toRule(json.rule()), toMetrics(json.metrics()));
    }

    public static MatchingRule toRule(@Nullable RuleJson json) {
        if (json == null) {
            return MatchingRule.any();
        }
        return new MatchingRule(
                set(json.projects()),
                set(json.issueTypes()),
                set(json.priorities()),
                set(json.labels()),
                set(json.components()),
                set(json.clientTeams()).stream().map(TeamKey::of).collect(Collectors.toSet()));
    }

    public static List<Metric> toMetrics(@Nullable List<MetricJson> metrics) {
        List<Metric> result = new ArrayList<>();
        for (MetricJson json : required(metrics, "metrics")) {
            List<PauseCondition> pauses = new ArrayList<>();
            for (PauseJson pause : orEmpty(json.pauses())) {
                pauses.add(new PauseCondition(
                        parse("pauses", required(pause.reason(), "pauses"), PauseReason::valueOf),
                        set(pause.statuses())));
            }
            result.add(new Metric(
                    required(json.key(), "key"),
                    required(json.name(), "name"),
                    enums(json.start(), "start", StartTrigger::valueOf),
                    pauses,
                    enums(json.stop(), "stop", StopTrigger::valueOf),
                    parse("goal", required(json.goal(), "goal"), Duration::parse),
                    json.warningPercent() == null ? Metric.DEFAULT_WARNING_PERCENT : json.warningPercent(),
                    CalendarId.of(required(json.calendar(), "calendar"))));
        }
        return result;
    }

    public static StandardJson toJson(ServiceStandard standard) {
        return new StandardJson(
                standard.id().value(),
                standard.versions().stream().map(StandardsJsonMapper::toJson).toList());
    }

    public static VersionJson toJson(StandardVersion version) {
        MatchingRule rule = version.rule();
        return new VersionJson(
                version.number(),
                version.effectiveFrom().toString(),
                version.name(),
                new RuleJson(
                        sorted(rule.projectKeys()),
                        sorted(rule.issueTypes()),
                        sorted(rule.priorities()),
                        sorted(rule.labels()),
                        sorted(rule.components()),
                        rule.clientTeams().stream()
                                .map(TeamKey::groupName)
                                .sorted()
                                .toList()),
                version.metrics().stream().map(StandardsJsonMapper::toJson).toList());
    }

    private static MetricJson toJson(Metric metric) {
        return new MetricJson(
                metric.key(),
                metric.name(),
                metric.startOn().stream().map(Enum::name).toList(),
                metric.pauses().stream()
                        .map(pause -> new PauseJson(pause.reason().name(), sorted(pause.statusIds())))
                        .toList(),
                metric.stopOn().stream().map(Enum::name).toList(),
                metric.goal().toString(),
                metric.warningPercent(),
                metric.calendar().value());
    }

    /** An ISO instant, or now when missing. */
    public static Instant instantOr(@Nullable String text, String field, Instant now) {
        return text == null || text.isBlank() ? now : parse(field, text, Instant::parse);
    }

    public static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw InvalidInputException.onField(field, MISSING, field);
        }
        return value;
    }

    static <T> T parse(String field, String text, Function<String, T> parser) {
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw InvalidInputException.onField(field, INVALID, field, text);
        }
    }

    private static <E extends Enum<E>> Set<E> enums(
            @Nullable List<String> names, String field, Function<String, E> parser) {
        Set<E> result = new java.util.HashSet<>();
        for (String name : orEmpty(names)) {
            result.add(parse(field, name, text -> parser.apply(text.toUpperCase(Locale.ROOT))));
        }
        return result;
    }

    private static Set<String> set(@Nullable List<String> values) {
        return orEmpty(values).stream()
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .collect(Collectors.toSet());
    }

    private static List<String> sorted(Set<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
