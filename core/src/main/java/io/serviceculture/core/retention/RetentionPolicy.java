package io.serviceculture.core.retention;

import io.serviceculture.core.common.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How long kudos and ratings are kept: {@code months} = 0 keeps them for ever (the default); otherwise anything
 * given or rated more than that many calendar months ago is purged. The lower bound keeps a typing slip from
 * wiping this quarter's recognition; the upper one is ten years.
 */
public record RetentionPolicy(int months) {
    public static final int MIN_MONTHS = 3;
    public static final int MAX_MONTHS = 120;

    public RetentionPolicy {
        if (months != 0 && (months < MIN_MONTHS || months > MAX_MONTHS)) {
            throw InvalidInputException.onField(
                    "months", "service-culture.retention.error.months", MIN_MONTHS, MAX_MONTHS);
        }
    }

    public static RetentionPolicy keepForever() {
        return new RetentionPolicy(0);
    }

    public boolean isOn() {
        return months > 0;
    }

    /** The instant before which data is purged, counted in UTC calendar months; empty while retention is off. */
    public Optional<Instant> cutoff(Clock clock) {
        if (!isOn()) {
            return Optional.empty();
        }
        return Optional.of(
                clock.instant().atZone(ZoneOffset.UTC).minusMonths(months).toInstant());
    }
}
