package io.serviceculture.core.insights;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.List;

/**
 * The fair-recognition figures of a period for one viewer's scope.
 *
 * @param people the active, licensed people counted
 * @param peopleWithoutKudos those of them who received no kudos in person; empty when names may not be shown
 * @param peopleWithoutKudosCount how many they are, shown even when names are not
 * @param teamsWithoutKudos teams in scope that received none, neither as a team nor through a member
 * @param recognitions (kudos, receiver) pairs received by the people and teams in scope
 * @param values every company value that is active or was used, most used first
 * @param unusedValues active values nobody in scope was recognised for
 * @param crossTeam per provider × client cell: recognitions from the client team's people to the provider team that
 *     served it in the period
 */
public record RecognitionInsights(
        Interval period,
        boolean namesPeople,
        int people,
        List<UserKey> peopleWithoutKudos,
        int peopleWithoutKudosCount,
        List<TeamKey> teamsWithoutKudos,
        Concentration receiving,
        Concentration giving,
        long recognitions,
        List<ValueShare> values,
        List<String> unusedValues,
        List<CrossTeamCount> crossTeam,
        long crossTeamRecognitions) {
    public RecognitionInsights {
        peopleWithoutKudos = List.copyOf(peopleWithoutKudos);
        teamsWithoutKudos = List.copyOf(teamsWithoutKudos);
        values = List.copyOf(values);
        unusedValues = List.copyOf(unusedValues);
        crossTeam = List.copyOf(crossTeam);
    }

    /** A company value's recognitions and their share of all recognitions in scope (0 when there are none). */
    public record ValueShare(String valueId, long recognitions, double share) {}

    /** Recognitions the client team's people gave the provider team that served them. */
    public record CrossTeamCount(TeamKey provider, TeamKey client, long recognitions) {}
}
