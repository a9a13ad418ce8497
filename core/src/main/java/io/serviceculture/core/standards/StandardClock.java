package io.serviceculture.core.standards;

/** One metric's clock of one standard on an issue, with the names to show it by (those of the latest version). */
public record StandardClock(StandardId standard, String standardName, String metricName, MetricClock clock) {}
