package io.serviceculture.plugin.commitments.rest;

import io.serviceculture.core.commitments.CheckIn;
import io.serviceculture.core.commitments.Commitment;
import io.serviceculture.core.commitments.CommitmentDraft;
import io.serviceculture.core.commitments.CommitmentVisibility;
import io.serviceculture.core.commitments.Direction;
import io.serviceculture.core.commitments.HistoryEntry;
import io.serviceculture.core.commitments.MeasureKind;
import io.serviceculture.core.commitments.MeasuredCommitment;
import io.serviceculture.core.commitments.Measurement;
import io.serviceculture.core.commitments.Period;
import io.serviceculture.core.commitments.PeriodKind;
import io.serviceculture.core.commitments.Target;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.plugin.commitments.JiraCommitmentPeople;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CheckInJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CommitmentInJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.CommitmentJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.HistoryJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.MeasurementJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.PeriodJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.PersonJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.SignOffJson;
import io.serviceculture.plugin.commitments.rest.CommitmentsJson.TargetJson;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.jspecify.annotations.Nullable;

/** Between the commitments API's JSON and the core's values; bad input becomes a 400 naming the field. */
@Named
public class CommitmentsJsonMapper {
    private static final String INVALID = "service-culture.commitments.error.json";

    private final JiraCommitmentPeople people;
    private final Clock clock;

    @Inject
    public CommitmentsJsonMapper(JiraCommitmentPeople people) {
        this(people, Clock.systemUTC());
    }

    CommitmentsJsonMapper(JiraCommitmentPeople people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** A person by user name or user key; unknown people are a 400 on the field. */
    public UserKey person(String nameOrKey, String field) {
        String trimmed = nameOrKey.strip();
        return people.findPersonByName(trimmed)
                .or(() -> trimmed.isEmpty() ? Optional.empty() : people.findPerson(UserKey.of(trimmed)))
                .map(Person::key)
                .orElseThrow(() -> InvalidInputException.onField(
                        field, "service-culture.commitments.error.owner.unknown", nameOrKey));
    }

    public CommitmentDraft toDraft(@Nullable CommitmentInJson json, UserKey caller) {
        if (json == null) {
            throw new InvalidInputException("service-culture.commitments.error.body-missing");
        }
        UserKey owner = json.owner() == null || json.owner().isBlank() ? caller : person(json.owner(), "owner");
        return new CommitmentDraft(
                owner,
                toPeriod(json.period()),
                json.text() == null ? "" : json.text(),
                toTarget(json.target()),
                enumOf(CommitmentVisibility.class, json.visibility(), "visibility", CommitmentVisibility.PRIVATE));
    }

    Period toPeriod(@Nullable PeriodJson json) {
        PeriodKind kind = enumOf(PeriodKind.class, json == null ? null : json.kind(), "period", PeriodKind.QUARTER);
        LocalDate start = json == null ? null : date(json.start(), "period");
        if (kind != PeriodKind.CUSTOM) {
            return Period.containing(
                    kind, start == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : start);
        }
        LocalDate end = json == null ? null : date(json.end(), "period");
        if (start == null || end == null) {
            throw InvalidInputException.onField("period", "service-culture.commitments.error.period.custom-dates");
        }
        return Period.custom(start, end);
    }

    Target toTarget(@Nullable TargetJson json) {
        if (json == null) {
            throw InvalidInputException.onField("target", "service-culture.commitments.error.target.missing");
        }
        String type = json.type() == null ? "" : json.type().strip().toUpperCase(Locale.ROOT);
        if (type.equals("MILESTONES")) {
            return new Target.Milestones(
                    json.milestones() == null
                            ? List.of()
                            : json.milestones().stream()
                                    .map(m -> m == null ? "" : m)
                                    .toList());
        }
        if (!type.equals("MEASURED")) {
            throw InvalidInputException.onField("target", INVALID, "target.type", json.type());
        }
        MeasureKind measure = enumOf(MeasureKind.class, json.measure(), "measure", null);
        if (json.value() == null) {
            throw InvalidInputException.onField("target", "service-culture.commitments.error.target.value");
        }
        Direction direction = enumOf(Direction.class, json.direction(), "direction", defaultDirection(measure));
        return new Target.Measured(
                measure,
                json.value(),
                direction,
                blankToEmpty(json.standard()).map(StandardId::of),
                blankToEmpty(json.metric()),
                blankToEmpty(json.team()).map(TeamKey::of));
    }

    private static Direction defaultDirection(MeasureKind measure) {
        return measure == MeasureKind.MEDIAN_FIRST_RESPONSE
                        || measure == MeasureKind.HANDOFFS_PER_RESOLVED_ISSUE
                        || measure == MeasureKind.TEAM_OWNED_HOURS
                ? Direction.AT_MOST
                : Direction.AT_LEAST;
    }

    public CommitmentJson toJson(MeasuredCommitment measured) {
        Commitment c = measured.commitment();
        return new CommitmentJson(
                c.id(),
                person(c.owner()),
                new PeriodJson(
                        c.period().kind().name(),
                        c.period().start().toString(),
                        c.period().end().toString(),
                        c.period().label()),
                c.text(),
                toJson(c.target()),
                c.visibility().name(),
                c.revision(),
                person(c.updatedBy()),
                c.updatedAt().toString(),
                c.isSignedOff(),
                c.signOff()
                        .map(s -> new SignOffJson(
                                person(s.by()),
                                s.name(),
                                s.at().toString(),
                                s.revision(),
                                s.revision() == c.revision()))
                        .orElse(null),
                c.checkIns().stream().map(this::toJson).toList(),
                toJson(c.target(), measured.measurement()),
                measured.canEdit(),
                measured.canSignOff());
    }

    public HistoryJson toJson(HistoryEntry entry) {
        return new HistoryJson(
                entry.action().name(), person(entry.by()), entry.at().toString(), entry.detail());
    }

    private CheckInJson toJson(CheckIn checkIn) {
        return new CheckInJson(
                person(checkIn.author()),
                checkIn.at().toString(),
                checkIn.note(),
                checkIn.progress().isPresent() ? checkIn.progress().getAsInt() : null);
    }

    private static TargetJson toJson(Target target) {
        if (target instanceof Target.Measured m) {
            return new TargetJson(
                    "MEASURED",
                    m.measure().name(),
                    m.value(),
                    m.direction().name(),
                    m.standard().map(StandardId::value).orElse(null),
                    m.metric().orElse(null),
                    m.team().map(TeamKey::groupName).orElse(null),
                    null);
        }
        return new TargetJson(
                "MILESTONES", null, null, null, null, null, null, ((Target.Milestones) target).milestones());
    }

    private static MeasurementJson toJson(Target target, Measurement measurement) {
        return new MeasurementJson(
                measurement.actual().isPresent() ? measurement.actual().getAsDouble() : null,
                unitOf(target),
                measurement.sample(),
                measurement.progress().isPresent() ? measurement.progress().getAsDouble() * 100 : null,
                measurement.elapsed() * 100,
                measurement.status().name(),
                measurement.lowConfidence());
    }

    /** The unit of a target's figure: percent, minutes, ratio, hours, count, or percent of milestones. */
    public static String unitOf(Target target) {
        if (!(target instanceof Target.Measured m)) {
            return "PROGRESS";
        }
        return switch (m.measure()) {
            case STANDARD_ATTAINMENT -> "PERCENT";
            case MEDIAN_FIRST_RESPONSE -> "MINUTES";
            case HANDOFFS_PER_RESOLVED_ISSUE -> "RATIO";
            case TEAM_OWNED_HOURS -> "HOURS";
            default -> "COUNT";
        };
    }

    public PersonJson person(UserKey key) {
        return people.findPerson(key)
                .map(p -> new PersonJson(key.value(), p.userName(), p.displayName()))
                .orElse(new PersonJson(key.value(), key.value(), key.value()));
    }

    private static Optional<String> blankToEmpty(@Nullable String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static @Nullable LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.onField(field, INVALID, field, text);
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, @Nullable String text, String field, @Nullable E fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                throw InvalidInputException.onField(field, INVALID, field, String.valueOf(text));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.onField(field, INVALID, field, text);
        }
    }
}
