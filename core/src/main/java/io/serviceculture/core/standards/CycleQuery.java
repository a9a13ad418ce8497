package io.serviceculture.core.standards;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Which recorded cycles a report counts: each present filter narrows; the period takes cycles that stopped at or
 * after {@code from} and before {@code to}.
 */
public record CycleQuery(
        Optional<StandardId> standard,
        Optional<String> projectKey,
        Optional<TeamKey> team,
        Optional<UserKey> assignee,
        Optional<Instant> from,
        Optional<Instant> to) {

    public CycleQuery {
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw io.serviceculture.core.common.InvalidInputException.onField(
                    "to", "service-culture.standards.attainment.error.period");
        }
    }

    public static CycleQuery all() {
        return new CycleQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public CycleQuery standard(StandardId id) {
        return new CycleQuery(Optional.of(id), projectKey, team, assignee, from, to);
    }

    public CycleQuery project(String key) {
        return new CycleQuery(standard, Optional.of(key), team, assignee, from, to);
    }

    public CycleQuery team(TeamKey key) {
        return new CycleQuery(standard, projectKey, Optional.of(key), assignee, from, to);
    }

    public CycleQuery assignee(UserKey key) {
        return new CycleQuery(standard, projectKey, team, Optional.of(key), from, to);
    }

    public CycleQuery period(Instant start, Instant end) {
        return new CycleQuery(standard, projectKey, team, assignee, Optional.of(start), Optional.of(end));
    }

    /** Whether a recorded cycle passes every filter; stores that cannot filter in their query language use it. */
    public boolean matches(RecordedCycle cycle) {
        Instant stop = cycle.result().cycle().stop();
        return standard.map(id -> id.equals(cycle.result().standard())).orElse(true)
                && projectKey.map(key -> key.equals(cycle.projectKey())).orElse(true)
                && team.map(key -> cycle.team().equals(Optional.of(key))).orElse(true)
                && assignee.map(key -> cycle.assignee().equals(Optional.of(key)))
                        .orElse(true)
                && from.map(start -> !stop.isBefore(start)).orElse(true)
                && to.map(end -> stop.isBefore(end)).orElse(true);
    }
}
