package io.serviceculture.core.standards;

import io.serviceculture.core.common.InvalidInputException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One immutable version of a standard. It applies to cycles that start at or after {@code effectiveFrom} and
 * before the next version's; a cycle keeps its version to the end, so a new version never rewrites a result.
 *
 * @param number 1 for the first version, then consecutive
 */
public record StandardVersion(int number, Instant effectiveFrom, String name, MatchingRule rule, List<Metric> metrics) {

    public StandardVersion {
        if (number < 1) {
            throw InvalidInputException.onField("version", "service-culture.standards.version.error.number", number);
        }
        if (name.isBlank()) {
            throw InvalidInputException.onField("name", "service-culture.standards.error.name.blank");
        }
        name = name.strip();
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw InvalidInputException.onField("metrics", "service-culture.standards.version.error.no-metric");
        }
        Set<String> keys = new HashSet<>();
        for (Metric metric : metrics) {
            if (!keys.add(metric.key())) {
                throw InvalidInputException.onField(
                        "metrics", "service-culture.standards.version.error.metric-twice", metric.key());
            }
        }
    }

    public Optional<Metric> metric(String key) {
        for (Metric metric : metrics) {
            if (metric.key().equals(key)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }
}
