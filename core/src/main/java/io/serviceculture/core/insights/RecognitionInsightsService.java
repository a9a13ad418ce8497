package io.serviceculture.core.insights;

import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.insights.RecognitionInsights.CrossTeamCount;
import io.serviceculture.core.insights.RecognitionInsights.ValueShare;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.LoadCompanyValuesPort;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.LoadMembershipPort;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Works out the fair-recognition figures of a period from the store's aggregates. Who may see what is decided first
 * by {@link InsightsScope}; this class only counts.
 *
 * <p>People and teams are attributed as they were at the end of the period (a person's primary team at its last
 * instant): the store adds kudos up per giver and receiver, not per kudos, so the moment of each kudos is not at
 * hand. The people counted are the team members of now (everyone) or the people the manager manages, active and
 * licensed; people count only kudos they received in person, a team kudos counts for the team.
 */
public final class RecognitionInsightsService {
    private final RecognitionAggregatesPort aggregates;
    private final InsightsPeoplePort people;
    private final LoadMembershipPort memberships;
    private final ServedCellsPort served;
    private final LoadCompanyValuesPort values;

    public RecognitionInsightsService(
            RecognitionAggregatesPort aggregates,
            InsightsPeoplePort people,
            LoadMembershipPort memberships,
            ServedCellsPort served,
            LoadCompanyValuesPort values) {
        this.aggregates = aggregates;
        this.people = people;
        this.memberships = memberships;
        this.served = served;
        this.values = values;
    }

    public RecognitionInsights insights(InsightsScope scope, Interval period) {
        Set<TeamKey> allTeams = people.teams();
        Set<TeamKey> teams = new TreeSet<>(scope.teams().orElse(allTeams));
        teams.retainAll(allTeams);
        TeamHistory history = TeamHistory.load(memberships);
        Instant end =
                period.to().equals(period.from()) ? period.to() : period.to().minusNanos(1);

        Set<UserKey> candidates = scope.people().orElseGet(() -> currentMembers(allTeams));
        Set<UserKey> population = new TreeSet<>(people.activeAndLicensed(candidates));
        List<RecognitionCount> counts = aggregates.recognitions(period);

        Map<UserKey, Long> received = zeros(population);
        Map<TeamKey, Long> teamReceived = new HashMap<>();
        Map<String, Long> byValue = new HashMap<>();
        long recognitions = 0;
        for (RecognitionCount count : counts) {
            Optional<TeamKey> receiverTeam = teamOf(count.receiver(), history, end);
            if (count.receiver() instanceof Receiver.PersonReceiver person) {
                received.computeIfPresent(person.user(), (p, n) -> n + count.count());
            }
            receiverTeam.ifPresent(team -> teamReceived.merge(team, count.count(), Long::sum));
            if (inScope(scope, count.receiver())) {
                recognitions += count.count();
                byValue.merge(count.valueId(), count.count(), Long::sum);
            }
        }

        Map<UserKey, Long> given = zeros(population);
        aggregates.givenPerGiver(period).forEach((giver, n) -> given.computeIfPresent(giver, (p, zero) -> n));

        List<UserKey> withoutKudos = new ArrayList<>();
        received.forEach((person, n) -> {
            if (n == 0) {
                withoutKudos.add(person);
            }
        });
        List<TeamKey> teamsWithout = new ArrayList<>();
        for (TeamKey team : teams) {
            if (teamReceived.getOrDefault(team, 0L) == 0) {
                teamsWithout.add(team);
            }
        }
        List<CrossTeamCount> cells = new ArrayList<>();
        long crossTeamTotal = 0;
        for (CrossTeamCount cell : crossTeam(counts, history, end, period)) {
            if (scope.coversTeam(cell.provider()) || scope.coversTeam(cell.client())) {
                cells.add(cell);
                crossTeamTotal += cell.recognitions();
            }
        }

        return new RecognitionInsights(
                period,
                scope.namesPeople(),
                population.size(),
                scope.namesPeople() ? withoutKudos : List.of(),
                withoutKudos.size(),
                teamsWithout,
                Concentration.of(received.values()),
                Concentration.of(given.values()),
                recognitions,
                valueShares(byValue, recognitions),
                unusedValues(byValue),
                cells,
                crossTeamTotal);
    }

    /**
     * The cross-team counts alone, for the accountability matrix: team-level figures every matrix reader may see,
     * without the people-level work of {@link #insights}.
     */
    public List<CrossTeamCount> crossTeam(Interval period) {
        return crossTeam(aggregates.recognitions(period), TeamHistory.load(memberships), lastInstant(period), period);
    }

    private List<CrossTeamCount> crossTeam(
            List<RecognitionCount> counts, TeamHistory history, Instant end, Interval period) {
        Set<CellKey> servedCells = served.servedCells(period);
        Map<CellKey, Long> crossTeam = new HashMap<>();
        for (RecognitionCount count : counts) {
            Optional<TeamKey> receiverTeam = teamOf(count.receiver(), history, end);
            Optional<TeamKey> giverTeam = history.primaryTeamAt(count.giver(), end);
            if (giverTeam.isPresent() && receiverTeam.isPresent() && !giverTeam.equals(receiverTeam)) {
                CellKey cell = new CellKey(receiverTeam.get(), giverTeam);
                if (servedCells.contains(cell)) {
                    crossTeam.merge(cell, count.count(), Long::sum);
                }
            }
        }
        List<CrossTeamCount> cells = new ArrayList<>();
        crossTeam.forEach((cell, n) ->
                cells.add(new CrossTeamCount(cell.provider(), cell.client().orElseThrow(), n)));
        cells.sort(Comparator.comparing(CrossTeamCount::provider).thenComparing(CrossTeamCount::client));
        return cells;
    }

    private static Instant lastInstant(Interval period) {
        return period.to().equals(period.from()) ? period.to() : period.to().minusNanos(1);
    }

    private Set<UserKey> currentMembers(Set<TeamKey> teams) {
        Set<UserKey> members = new HashSet<>();
        for (MembershipPeriod period : memberships.openPeriods()) {
            if (teams.contains(period.team())) {
                members.add(period.user());
            }
        }
        return members;
    }

    private static boolean inScope(InsightsScope scope, Receiver receiver) {
        if (scope.isEveryone()) {
            return true;
        }
        if (receiver instanceof Receiver.TeamReceiver team) {
            return scope.coversTeam(team.team());
        }
        UserKey person = ((Receiver.PersonReceiver) receiver).user();
        return scope.people().map(p -> p.contains(person)).orElse(true);
    }

    private static Optional<TeamKey> teamOf(Receiver receiver, TeamHistory history, Instant at) {
        if (receiver instanceof Receiver.TeamReceiver team) {
            return Optional.of(team.team());
        }
        return history.primaryTeamAt(((Receiver.PersonReceiver) receiver).user(), at);
    }

    private static Map<UserKey, Long> zeros(Set<UserKey> population) {
        Map<UserKey, Long> counts = new TreeMap<>();
        population.forEach(person -> counts.put(person, 0L));
        return counts;
    }

    private List<ValueShare> valueShares(Map<String, Long> byValue, long recognitions) {
        Map<String, Long> all = new HashMap<>(byValue);
        for (CompanyValue value : values.allValues()) {
            if (value.active()) {
                all.putIfAbsent(value.id(), 0L);
            }
        }
        List<ValueShare> shares = new ArrayList<>();
        all.forEach(
                (value, n) -> shares.add(new ValueShare(value, n, recognitions == 0 ? 0 : (double) n / recognitions)));
        shares.sort(
                Comparator.comparingLong(ValueShare::recognitions).reversed().thenComparing(ValueShare::valueId));
        return shares;
    }

    private List<String> unusedValues(Map<String, Long> byValue) {
        List<String> unused = new ArrayList<>();
        for (CompanyValue value : values.allValues()) {
            if (value.active() && !byValue.containsKey(value.id())) {
                unused.add(value.id());
            }
        }
        unused.sort(Comparator.naturalOrder());
        return unused;
    }
}
