package io.serviceculture.plugin.reports.rest;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.ReportFilter;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.people.JiraDirectory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.core.MultivaluedMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a report filter from query parameters ({@code from}, {@code to} as {@code 2026-11-01}; {@code team} a
 * team's group; {@code value} a company value id; {@code giver} and {@code receiver} a user name or key, the
 * receiver also {@code team:<group>}; {@code visibility} {@code PUBLIC} or {@code PRIVATE}). Anything it cannot
 * read is a 400 naming the parameter, before a single row is read.
 */
@Named
public class FilterParams {
    private final JiraDirectory directory;
    private final AoCompanyValues values;

    @Inject
    public FilterParams(JiraDirectory directory, AoCompanyValues values) {
        this.directory = directory;
        this.values = values;
    }

    public ReportFilter read(MultivaluedMap<String, String> params) {
        ReportFilter filter = ReportFilter.everything().withPeriod(date(params, "from"), date(params, "to"));
        Optional<String> team = text(params, "team");
        if (team.isPresent()) {
            TeamKey key = TeamKey.of(team.get());
            if (directory.findTeam(key).isEmpty()) {
                throw InvalidInputException.onField("team", "service-culture.reports.error.team.unknown", team.get());
            }
            filter = filter.withTeam(key);
        }
        Optional<String> value = text(params, "value");
        if (value.isPresent()) {
            if (values.findValue(value.get()).isEmpty()) {
                throw InvalidInputException.onField(
                        "value", "service-culture.reports.error.value.unknown", value.get());
            }
            filter = filter.withValue(value.get());
        }
        Optional<String> giver = text(params, "giver");
        if (giver.isPresent()) {
            filter = filter.withGiver(person("giver", giver.get()));
        }
        Optional<String> receiver = text(params, "receiver");
        if (receiver.isPresent()) {
            filter = filter.withReceiver(receiver(receiver.get()));
        }
        Optional<String> visibility = text(params, "visibility");
        if (visibility.isPresent()) {
            filter = filter.withVisibility(visibility(visibility.get()));
        }
        return filter;
    }

    /** A yes/no parameter: {@code true} or {@code false}, absent is the default. */
    public static boolean flag(MultivaluedMap<String, String> params, String name, boolean fallback) {
        Optional<String> text = text(params, name);
        if (text.isEmpty()) {
            return fallback;
        }
        String lower = text.get().toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.parseBoolean(lower);
        }
        throw InvalidInputException.onField(name, "service-culture.reports.error.flag.invalid", name);
    }

    /** A whole number in a range; absent is the default. */
    public static long number(MultivaluedMap<String, String> params, String name, long fallback, long min, long max) {
        Optional<String> text = text(params, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.get());
            if (value < min || value > max) {
                throw InvalidInputException.onField(name, "service-culture.rest.error.number.range", name, min, max);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.onField(name, "service-culture.rest.error.number.invalid", name);
        }
    }

    private Receiver receiver(String text) {
        if (text.startsWith("team:")) {
            String group = text.substring("team:".length()).strip();
            if (group.isEmpty() || directory.findTeam(TeamKey.of(group)).isEmpty()) {
                throw InvalidInputException.onField("receiver", "service-culture.reports.error.team.unknown", group);
            }
            return Receiver.team(TeamKey.of(group));
        }
        return Receiver.person(person("receiver", text));
    }

    private UserKey person(String field, String text) {
        String name =
                text.startsWith("user:") ? text.substring("user:".length()).strip() : text;
        return directory
                .findPersonByName(name)
                .or(() -> name.isEmpty() ? Optional.empty() : directory.findPerson(UserKey.of(name)))
                .map(Person::key)
                .orElseThrow(() ->
                        InvalidInputException.onField(field, "service-culture.reports.error.person.unknown", text));
    }

    private static Visibility visibility(String text) {
        try {
            return Visibility.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.onField("visibility", "service-culture.reports.error.visibility.invalid", text);
        }
    }

    private static Optional<LocalDate> date(MultivaluedMap<String, String> params, String name) {
        Optional<String> text = text(params, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException notADate) {
            throw InvalidInputException.onField(name, "service-culture.reports.error.date.invalid", name, text.get());
        }
    }

    private static Optional<String> text(MultivaluedMap<String, String> params, String name) {
        @Nullable String value = params.getFirst(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
