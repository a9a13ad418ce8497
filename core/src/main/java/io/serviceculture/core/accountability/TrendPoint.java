package io.serviceculture.core.accountability;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * A provider team's figures over all its clients in one week or month, by the issues resolved in it.
 *
 * @param start the first day of the week or month, in the trend's time zone
 */
public record TrendPoint(
        LocalDate start, Components components, int issues, OptionalDouble score, boolean lowConfidence) {}
