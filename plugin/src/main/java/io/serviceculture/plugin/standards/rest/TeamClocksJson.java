package io.serviceculture.plugin.standards.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An issue's clocks split by owning team, as {@code GET /issue/{idOrKey}/clocks/teams} returns them. Per clock, the
 * teams' owned milliseconds and the unowned milliseconds add up exactly to the counted milliseconds; texts round to
 * the minute, shares to the whole percent.
 */
public record TeamClocksJson(String issueKey, String now, List<ClockJson> clocks) {

    /** @param teams in the order each team first owned the issue while the clock ran */
    public record ClockJson(
            String standard,
            String standardName,
            String metric,
            String metricName,
            long countedMillis,
            String countedText,
            List<TeamJson> teams,
            long unownedMillis,
            String unownedText,
            @Nullable Integer unownedSharePercent,
            String unownedShareText) {}

    /** @param sharePercent of the clock's counted time; null when the clock counted nothing */
    public record TeamJson(
            String team, long ownedMillis, String ownedText, @Nullable Integer sharePercent, String shareText) {}
}
