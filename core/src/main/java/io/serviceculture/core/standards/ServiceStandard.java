package io.serviceculture.core.standards;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A client service standard as the history of its versions, oldest first. Versions are numbered 1, 2, … and take
 * effect in that order; the version in force at an instant is the last one effective at or before it. Editing a
 * standard adds a version effective from now or later, so cycles already started keep the version they began
 * with.
 */
public record ServiceStandard(StandardId id, List<StandardVersion> versions) {

    public ServiceStandard {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw InvalidInputException.onField("versions", "service-culture.standards.error.no-version");
        }
        for (int i = 0; i < versions.size(); i++) {
            StandardVersion version = versions.get(i);
            if (version.number() != i + 1) {
                throw InvalidInputException.onField(
                        "version", "service-culture.standards.version.error.number", version.number());
            }
            if (i > 0 && !version.effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
                throw InvalidInputException.onField(
                        "effectiveFrom",
                        "service-culture.standards.version.error.not-after-previous",
                        version.number());
            }
        }
    }

    /** A new standard with its first version. */
    public static ServiceStandard create(StandardId id, StandardVersion first) {
        return new ServiceStandard(id, List.of(first));
    }

    /**
     * The standard with one more version, effective from {@code effectiveFrom}, which may not lie before {@code
     * now} (that would change cycles already counted) nor at or before the latest version's start.
     *
     * @throws ConflictException with {@code service-culture.standards.version.error.effective-in-past}
     */
    public ServiceStandard withNewVersion(
            String name, MatchingRule rule, List<Metric> metrics, Instant effectiveFrom, Instant now) {
        if (effectiveFrom.isBefore(now)) {
            throw ConflictException.onField(
                    "effectiveFrom", "service-culture.standards.version.error.effective-in-past", effectiveFrom);
        }
        List<StandardVersion> next = new ArrayList<>(versions);
        next.add(new StandardVersion(versions.size() + 1, effectiveFrom, name, rule, metrics));
        return new ServiceStandard(id, next);
    }

    /** The version in force at an instant: none before the first version took effect. */
    public Optional<StandardVersion> versionAt(Instant instant) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).effectiveFrom().isAfter(instant)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    public StandardVersion latest() {
        return versions.get(versions.size() - 1);
    }
}
