package io.serviceculture.core.reports;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Counts over the kudos a filter selects, private ones included (they are counted, never quoted). A kudos counts
 * once for its giver, value, month and giver's team; each receiver counts it once, and a team once however many
 * of its members received the same kudos.
 *
 * @param kudos how many kudos
 * @param privateKudos how many of them are private
 * @param rows how many (kudos, receiver) pairs
 */
public record KudosSummaries(
        long kudos,
        long privateKudos,
        long rows,
        List<PersonCount> people,
        List<TeamCount> teams,
        List<ValueCount> values,
        List<MonthCount> months) {

    public KudosSummaries {
        people = List.copyOf(people);
        teams = List.copyOf(teams);
        values = List.copyOf(values);
        months = List.copyOf(months);
    }

    /** Kudos a person received and gave. */
    public record PersonCount(UserKey person, long received, long given) {}

    /** Kudos received and given in a team; empty for people in no team at the time. */
    public record TeamCount(Optional<TeamKey> team, long received, long given) {}

    public record ValueCount(String valueId, long kudos) {}

    public record MonthCount(YearMonth month, long kudos) {}
}
