package io.serviceculture.plugin.config.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.accountability.ScoreWeights;
import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.config.AppConfiguration;
import io.serviceculture.core.config.AppSwitches;
import io.serviceculture.core.config.ConfigurationDiff;
import io.serviceculture.core.config.TeamSettings;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.KudosSettings;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.retention.RetentionPolicy;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.standards.StandardVersion;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import io.serviceculture.plugin.config.rest.ConfigurationJson.AccountabilityJson;
import io.serviceculture.plugin.config.rest.ConfigurationJson.DiffJson;
import io.serviceculture.plugin.config.rest.ConfigurationJson.DocumentJson;
import io.serviceculture.plugin.config.rest.ConfigurationJson.SectionJson;
import io.serviceculture.plugin.config.rest.ConfigurationJson.SettingsJson;
import io.serviceculture.plugin.config.rest.ConfigurationJson.TeamsJson;
import io.serviceculture.plugin.config.rest.ConfigurationJson.ValueJson;
import io.serviceculture.plugin.config.rest.ConfigurationJson.WeightsJson;
import io.serviceculture.plugin.standards.StandardsJson.CalendarJson;
import io.serviceculture.plugin.standards.StandardsJson.StandardJson;
import io.serviceculture.plugin.standards.StandardsJson.VersionJson;
import io.serviceculture.plugin.standards.StandardsJsonMapper;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Between the configuration document and the core's configuration. Reading checks the whole document and reports
 * every problem at once, each with the JSON path of the value at fault ({@code $.standards[0].versions[1].name}),
 * so that an admin fixes a file in one go.
 */
public final class ConfigurationJsonMapper {
    static final String NOT_JSON = "service-culture.config.error.not-json";
    static final String SHAPE = "service-culture.config.error.shape";
    static final String MISSING = "service-culture.config.error.missing";
    static final String FORMAT_VERSION = "service-culture.config.error.format-version";
    static final String UNKNOWN_GROUP = "service-culture.config.error.unknown-group";
    static final String UNKNOWN_USER = "service-culture.config.error.unknown-user";
    static final String UNKNOWN_FEATURE = "service-culture.config.error.unknown-feature";
    static final String WEEKLY_ALLOWANCE = "service-culture.config.error.weekly-allowance";
    static final String BLANK = "service-culture.config.error.blank";

    // strict: a misspelt field in a hand-edited file must be reported, not silently dropped
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The Jira people and groups a document names. */
    public interface Directory {
        boolean groupExists(String groupName);

        Optional<UserKey> userByName(String userName);

        /** The user name to write for a user key; the key itself when the user is gone. */
        String nameOf(UserKey user);
    }

    private final Directory directory;
    private final List<InvalidInputException> problems = new ArrayList<>();

    private ConfigurationJsonMapper(Directory directory) {
        this.directory = directory;
    }

    /** Parses an uploaded document; a body that is not JSON of this shape is one error naming where it broke. */
    public static DocumentJson parse(String body) {
        try {
            DocumentJson document = JSON.readValue(body, DocumentJson.class);
            // the JSON literal null parses to no document at all
            if (document == null) {
                throw InvalidInputException.onField("$", NOT_JSON);
            }
            return document;
        } catch (JsonMappingException wrongShape) {
            if (wrongShape.getPath().isEmpty()) {
                throw InvalidInputException.onField("$", NOT_JSON);
            }
            String path = path(wrongShape);
            throw InvalidInputException.onField(path, SHAPE, path);
        } catch (JsonProcessingException notJson) {
            throw InvalidInputException.onField("$", NOT_JSON);
        }
    }

    public static String write(DocumentJson document) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a configuration document always serialises", e);
        }
    }

    private static String path(JsonMappingException error) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The document as the core's configuration.
     *
     * @throws InvalidInputException with every problem found, each naming its JSON path
     */
    public static AppConfiguration toConfiguration(DocumentJson json, Directory directory) {
        return new ConfigurationJsonMapper(directory).read(json);
    }

    private AppConfiguration read(DocumentJson json) {
        if (json.formatVersion() == null || json.formatVersion() != ConfigurationJson.FORMAT_VERSION) {
            problems.add(
                    InvalidInputException.onField("$.formatVersion", FORMAT_VERSION, ConfigurationJson.FORMAT_VERSION));
        }
        List<BusinessCalendar> calendars = new ArrayList<>();
        List<CalendarJson> calendarJsons = list(json.calendars(), "$.calendars");
        for (int i = 0; i < calendarJsons.size(); i++) {
            CalendarJson calendar = calendarJsons.get(i);
            attempt("$.calendars[" + i + "]", () -> StandardsJsonMapper.toCalendar(calendar))
                    .ifPresent(calendars::add);
        }
        List<ServiceStandard> standards = new ArrayList<>();
        List<StandardJson> standardJsons = list(json.standards(), "$.standards");
        for (int i = 0; i < standardJsons.size(); i++) {
            standard(standardJsons.get(i), "$.standards[" + i + "]").ifPresent(standards::add);
        }
        List<CompanyValue> values = new ArrayList<>();
        List<ValueJson> valueJsons = list(json.values(), "$.values");
        for (int i = 0; i < valueJsons.size(); i++) {
            value(valueJsons.get(i), "$.values[" + i + "]").ifPresent(values::add);
        }
        Optional<TeamSettings> teams = teams(json.teams());
        Optional<AccountabilitySettings> accountability = accountability(json.accountability());
        Optional<AppSwitches> switches = switches(json.settings());
        if (!problems.isEmpty()) {
            throw InvalidInputException.all(problems);
        }
        return new AppConfiguration(
                calendars,
                standards,
                values,
                teams.orElseThrow(),
                accountability.orElseThrow(),
                switches.orElseThrow());
    }

    private Optional<ServiceStandard> standard(StandardJson json, String path) {
        String id = present(json.id(), path + ".id");
        List<VersionJson> versionJsons = list(json.versions(), path + ".versions");
        List<StandardVersion> versions = new ArrayList<>();
        boolean complete = true;
        for (int v = 0; v < versionJsons.size(); v++) {
            VersionJson version = versionJsons.get(v);
            String at = path + ".versions[" + v + "]";
            Integer number = present(version.number(), at + ".number");
            String from = present(version.effectiveFrom(), at + ".effectiveFrom");
            Optional<Instant> effective = from == null ? Optional.empty() : instant(from, at + ".effectiveFrom");
            if (number == null || effective.isEmpty()) {
                complete = false;
                continue;
            }
            Optional<StandardVersion> read =
                    attempt(at, () -> StandardsJsonMapper.toVersion(number, effective.get(), version));
            read.ifPresent(versions::add);
            complete &= read.isPresent();
        }
        if (id == null || !complete || versionJsons.isEmpty()) {
            return Optional.empty();
        }
        return attempt(path, () -> new ServiceStandard(StandardId.of(id), versions));
    }

    private Optional<CompanyValue> value(ValueJson json, String path) {
        String id = nonBlank(json.id(), path + ".id");
        String name = nonBlank(json.name(), path + ".name");
        if (id == null || name == null) {
            return Optional.empty();
        }
        return Optional.of(new CompanyValue(
                id.strip(),
                name.strip(),
                json.description() == null ? "" : json.description().strip(),
                json.active() == null || json.active()));
    }

    private Optional<TeamSettings> teams(@Nullable TeamsJson json) {
        if (present(json, "$.teams") == null) {
            return Optional.empty();
        }
        Set<TeamKey> groups = new TreeSet<>();
        List<String> names = list(json.groups(), "$.teams.groups");
        for (int i = 0; i < names.size(); i++) {
            group(names.get(i), "$.teams.groups[" + i + "]").ifPresent(groups::add);
        }
        // the HR group may be created in Jira after the import, as the default one often is; only teams must exist
        String hrGroup = nonBlank(json.hrGroup(), "$.teams.hrGroup");
        Map<TeamKey, Set<UserKey>> leads = new TreeMap<>();
        Map<String, List<String>> leadJsons = json.leads() == null ? Map.of() : json.leads();
        new TreeMap<>(leadJsons).forEach((team, people) -> {
            String at = "$.teams.leads." + team;
            Set<UserKey> keys = new TreeSet<>();
            List<String> userNames = people == null ? List.of() : people;
            for (int j = 0; j < userNames.size(); j++) {
                String userName = userNames.get(j);
                Optional<UserKey> user = userName == null ? Optional.empty() : directory.userByName(userName.strip());
                if (user.isEmpty()) {
                    problems.add(InvalidInputException.onField(
                            at + "[" + j + "]", UNKNOWN_USER, userName == null ? "" : userName));
                } else {
                    keys.add(user.get());
                }
            }
            if (!team.isBlank()) {
                leads.put(TeamKey.of(team.strip()), keys);
            }
        });
        return hrGroup == null ? Optional.empty() : Optional.of(new TeamSettings(groups, hrGroup.strip(), leads));
    }

    private Optional<TeamKey> group(@Nullable String name, String path) {
        if (name == null || name.isBlank()) {
            problems.add(InvalidInputException.onField(path, BLANK, path));
            return Optional.empty();
        }
        if (!directory.groupExists(name.strip())) {
            problems.add(InvalidInputException.onField(path, UNKNOWN_GROUP, name.strip()));
            return Optional.empty();
        }
        return Optional.of(TeamKey.of(name.strip()));
    }

    private Optional<AccountabilitySettings> accountability(@Nullable AccountabilityJson json) {
        if (present(json, "$.accountability") == null) {
            return Optional.empty();
        }
        WeightsJson weights = present(json.weights(), "$.accountability.weights");
        Integer days = present(json.reopenWindowDays(), "$.accountability.reopenWindowDays");
        Integer below = present(json.lowConfidenceBelow(), "$.accountability.lowConfidenceBelow");
        if (weights == null || days == null || below == null) {
            return Optional.empty();
        }
        Integer attainment = present(weights.attainment(), "$.accountability.weights.attainment");
        Integer ownership = present(weights.ownership(), "$.accountability.weights.ownership");
        Integer reopens = present(weights.reopens(), "$.accountability.weights.reopens");
        Integer rating = present(weights.rating(), "$.accountability.weights.rating");
        if (attainment == null || ownership == null || reopens == null || rating == null) {
            return Optional.empty();
        }
        return attempt(
                "$.accountability",
                () -> new AccountabilitySettings(
                        Duration.ofDays(days), new ScoreWeights(attainment, ownership, reopens, rating), below));
    }

    private Optional<AppSwitches> switches(@Nullable SettingsJson json) {
        if (present(json, "$.settings") == null) {
            return Optional.empty();
        }
        Set<Feature> off = EnumSet.noneOf(Feature.class);
        Map<String, Boolean> features = json.features() == null ? Map.of() : json.features();
        new TreeMap<>(features).forEach((id, on) -> {
            Optional<Feature> feature = Feature.byId(id);
            if (feature.isEmpty()) {
                problems.add(InvalidInputException.onField("$.settings.features." + id, UNKNOWN_FEATURE, id));
            } else if (Boolean.FALSE.equals(on)) {
                off.add(feature.get());
            }
        });
        Boolean restrict = present(json.restrictPersonFigures(), "$.settings.restrictPersonFigures");
        Integer allowance = present(json.weeklyAllowance(), "$.settings.weeklyAllowance");
        Boolean leaderboards = present(json.leaderboards(), "$.settings.leaderboards");
        Boolean privateText = present(json.reportsPrivateText(), "$.settings.reportsPrivateText");
        Integer months = present(json.retentionMonths(), "$.settings.retentionMonths");
        boolean allowanceInRange =
                allowance == null || (allowance >= 1 && allowance <= KudosSettings.MAX_WEEKLY_ALLOWANCE);
        if (!allowanceInRange) {
            problems.add(InvalidInputException.onField(
                    "$.settings.weeklyAllowance", WEEKLY_ALLOWANCE, 1, KudosSettings.MAX_WEEKLY_ALLOWANCE));
        }
        Optional<RetentionPolicy> retention = Optional.empty();
        if (months != null) {
            try {
                retention = Optional.of(new RetentionPolicy(months));
            } catch (InvalidInputException outOfRange) {
                problems.add(InvalidInputException.onField(
                        "$.settings.retentionMonths",
                        outOfRange.messageKey(),
                        outOfRange.arguments().toArray()));
            }
        }
        if (restrict == null
                || allowance == null
                || !allowanceInRange
                || leaderboards == null
                || privateText == null
                || retention.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AppSwitches(
                off, restrict, new KudosSettings(allowance), leaderboards, privateText, retention.get()));
    }

    /** Runs a core constructor; its error names a field of the object at {@code path}, so the path is prefixed. */
    private <T> Optional<T> attempt(String path, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (InvalidInputException invalid) {
            for (InvalidInputException problem : invalid.problems()) {
                problems.add(InvalidInputException.onField(
                        problem.field().map(field -> path + "." + field).orElse(path),
                        problem.messageKey(),
                        problem.arguments().toArray()));
            }
        } catch (DomainException other) {
            problems.add(InvalidInputException.onField(
                    path, other.messageKey(), other.arguments().toArray()));
        }
        return Optional.empty();
    }

    private Optional<Instant> instant(String text, String path) {
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeException e) {
            problems.add(InvalidInputException.onField(path, SHAPE, path));
            return Optional.empty();
        }
    }

    private <T> @Nullable T present(@Nullable T value, String path) {
        if (value == null) {
            problems.add(InvalidInputException.onField(path, MISSING, path));
        }
        return value;
    }

    private @Nullable String nonBlank(@Nullable String value, String path) {
        if (value == null || value.isBlank()) {
            problems.add(InvalidInputException.onField(path, value == null ? MISSING : BLANK, path));
            return null;
        }
        return value;
    }

    private <T> List<T> list(@Nullable List<T> values, String path) {
        if (values == null) {
            problems.add(InvalidInputException.onField(path, MISSING, path));
            return List.of();
        }
        return values;
    }

    /** The configuration as a document, stamped with the instant it was exported. */
    public static DocumentJson toJson(AppConfiguration configuration, Directory directory, Instant exportedAt) {
        Map<String, List<String>> leads = new TreeMap<>();
        configuration
                .teams()
                .leads()
                .forEach((team, people) -> leads.put(
                        team.groupName(),
                        people.stream().map(directory::nameOf).sorted().toList()));
        Map<String, Boolean> features = new LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            features.put(feature.id(), !configuration.switches().featuresOff().contains(feature));
        }
        AccountabilitySettings accountability = configuration.accountability();
        ScoreWeights weights = accountability.weights();
        AppSwitches switches = configuration.switches();
        return new DocumentJson(
                ConfigurationJson.FORMAT_VERSION,
                exportedAt.toString(),
                configuration.calendars().stream()
                        .map(StandardsJsonMapper::toJson)
                        .toList(),
                configuration.standards().stream()
                        .map(StandardsJsonMapper::toJson)
                        .toList(),
                configuration.values().stream()
                        .map(value -> new ValueJson(value.id(), value.name(), value.description(), value.active()))
                        .toList(),
                new TeamsJson(
                        configuration.teams().teams().stream()
                                .map(TeamKey::groupName)
                                .sorted()
                                .toList(),
                        configuration.teams().hrGroup(),
                        leads),
                new AccountabilityJson(
                        new WeightsJson(weights.attainment(), weights.ownership(), weights.reopens(), weights.rating()),
                        (int) accountability.reopenWindow().toDays(),
                        accountability.lowConfidenceBelow()),
                new SettingsJson(
                        features,
                        switches.personFiguresRestricted(),
                        switches.kudos().weeklyAllowance(),
                        switches.leaderboards(),
                        switches.reportsPrivateText(),
                        switches.retention().months()));
    }

    public static DiffJson toJson(ConfigurationDiff diff, boolean applied) {
        return new DiffJson(
                applied,
                diff.isEmpty(),
                diff.sections().stream()
                        .map(section -> new SectionJson(
                                section.section(), section.added(), section.changed(), section.removed()))
                        .toList());
    }
}
