package io.serviceculture.core.accountability;

import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The matrix's owned-time figure: per cell, the provider team's mean owned working hours per issue, raw and
 * normalised by priority. An issue's normalised value is its owned hours divided by the median owned hours of every
 * (issue, provider) of the same priority in the period, across all cells, so 1.0 is typical for the priority and a
 * team that takes the urgent issues is not made to look fast by them. Issues no resolution clock measured do not
 * count. Worked out when asked, from the stored contributions and the standards' team time, in pages.
 */
public final class OwnedTimeService {
    private final AccountabilityStorePort store;
    private final TeamTimePort teamTime;
    private final AccountabilitySettingsPort settings;
    private final IssueVisibilityPort visibility;

    public OwnedTimeService(
            AccountabilityStorePort store,
            TeamTimePort teamTime,
            AccountabilitySettingsPort settings,
            IssueVisibilityPort visibility) {
        this.store = store;
        this.teamTime = teamTime;
        this.settings = settings;
        this.visibility = visibility;
    }

    /** Every cell of the period with at least one contribution; n is zero where no issue had a resolution clock. */
    public Map<CellKey, OwnedTimeCell> matrix(Interval period) {
        int threshold = settings.load().lowConfidenceBelow();
        Map<CellKey, OwnedTimeCell> cells = new HashMap<>();
        measured(period).forEach((key, times) -> cells.put(key, cellOf(key, times, threshold)));
        return cells;
    }

    /** One cell's issues, oldest resolution first, those the viewer may not browse only as sums. */
    public OwnedTimeDrillDown drillDown(UserKey viewer, TeamKey provider, Optional<TeamKey> client, Interval period) {
        CellKey key = new CellKey(provider, client);
        List<OwnedTime> times = measured(period).getOrDefault(key, List.of());
        OwnedTimeCell cell = cellOf(key, times, settings.load().lowConfidenceBelow());
        List<OwnedTime> visible = new ArrayList<>();
        int hidden = 0;
        double hiddenHours = 0;
        double hiddenNormalised = 0;
        int hiddenNormalisedIssues = 0;
        for (OwnedTime time : times) {
            if (visibility.canBrowse(viewer, time.issueId())) {
                visible.add(time);
            } else {
                hidden++;
                hiddenHours += time.hours();
                if (time.normalised().isPresent()) {
                    hiddenNormalised += time.normalised().getAsDouble();
                    hiddenNormalisedIssues++;
                }
            }
        }
        return new OwnedTimeDrillDown(cell, visible, hidden, hiddenHours, hiddenNormalised, hiddenNormalisedIssues);
    }

    /**
     * The issues the team served as a provider that were finally resolved in the period, oldest resolution first,
     * each once, with the team's owned time where a resolution clock measured it: the raw figure behind the team's
     * row of the matrix, which commitments measure a team by.
     */
    public List<ServedIssue> servedBy(TeamKey team, Interval period) {
        List<Contribution> contributions = oldestFirst(period, Optional.of(team));
        Map<Long, String> keys = new LinkedHashMap<>();
        for (Contribution contribution : contributions) {
            keys.putIfAbsent(contribution.issueId(), contribution.issueKey());
        }
        Map<Long, IssueTeamTime> times = teamTimes(List.copyOf(keys.keySet()));
        List<ServedIssue> served = new ArrayList<>(keys.size());
        keys.forEach((issueId, issueKey) -> served.add(new ServedIssue(
                issueId, issueKey, Optional.ofNullable(times.get(issueId)).map(time -> time.ownedBy(team)))));
        return served;
    }

    /** The admin's threshold under which a figure is marked as resting on too few issues. */
    public int lowConfidenceBelow() {
        return settings.load().lowConfidenceBelow();
    }

    /** The period's contributions, to one provider if given, by final resolution and then issue. */
    private List<Contribution> oldestFirst(Interval period, Optional<TeamKey> provider) {
        List<Contribution> contributions = new ArrayList<>(store.contributions(period, provider));
        contributions.sort(Comparator.comparing(Contribution::resolvedAt).thenComparingLong(Contribution::issueId));
        return contributions;
    }

    private Map<Long, IssueTeamTime> teamTimes(List<Long> issueIds) {
        Map<Long, IssueTeamTime> times = new HashMap<>();
        for (int from = 0; from < issueIds.size(); from += AccountabilityService.REBUILD_PAGE) {
            times.putAll(teamTime.teamTimes(
                    issueIds.subList(from, Math.min(issueIds.size(), from + AccountabilityService.REBUILD_PAGE))));
        }
        return times;
    }

    private Map<CellKey, List<OwnedTime>> measured(Interval period) {
        List<Contribution> contributions = oldestFirst(period, Optional.empty());
        List<Long> issueIds =
                contributions.stream().map(Contribution::issueId).distinct().toList();
        Map<Long, IssueTeamTime> times = teamTimes(issueIds);
        Map<String, List<Double>> hoursByPriority = new HashMap<>();
        for (Contribution contribution : contributions) {
            IssueTeamTime time = times.get(contribution.issueId());
            if (time != null) {
                hoursByPriority
                        .computeIfAbsent(time.priority(), p -> new ArrayList<>())
                        .add(hours(time, contribution.provider()));
            }
        }
        Map<String, Double> medians = new HashMap<>();
        hoursByPriority.forEach((priority, hours) -> medians.put(priority, median(hours)));
        Map<CellKey, List<OwnedTime>> byCell = new LinkedHashMap<>();
        for (Contribution contribution : contributions) {
            CellKey key = new CellKey(contribution.provider(), contribution.client());
            List<OwnedTime> cell = byCell.computeIfAbsent(key, k -> new ArrayList<>());
            IssueTeamTime time = times.get(contribution.issueId());
            if (time != null) {
                double hours = hours(time, contribution.provider());
                double median = medians.get(time.priority());
                cell.add(new OwnedTime(
                        contribution.issueId(),
                        contribution.issueKey(),
                        time.priority(),
                        time.ownedBy(contribution.provider()),
                        median > 0 ? OptionalDouble.of(hours / median) : OptionalDouble.empty()));
            }
        }
        return byCell;
    }

    private static OwnedTimeCell cellOf(CellKey key, List<OwnedTime> times, int lowConfidenceBelow) {
        double total = 0;
        double normalised = 0;
        int normalisedIssues = 0;
        for (OwnedTime time : times) {
            total += time.hours();
            if (time.normalised().isPresent()) {
                normalised += time.normalised().getAsDouble();
                normalisedIssues++;
            }
        }
        return new OwnedTimeCell(
                key, times.size(), total, normalised, normalisedIssues, times.size() < lowConfidenceBelow);
    }

    private static double hours(IssueTeamTime time, TeamKey team) {
        return time.ownedBy(team).toMillis() / 3_600_000.0;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
