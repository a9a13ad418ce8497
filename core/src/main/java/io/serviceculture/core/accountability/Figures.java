package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The queries over issues' contributions, shared by the in-memory {@link AccountabilityIndex} and the stored
 * figures of {@link AccountabilityService}, so both add up the same way.
 */
final class Figures {
    private Figures() {}

    static ScoreMatrix matrix(Interval period, Iterable<Contribution> contributions, AccountabilitySettings settings) {
        Map<CellKey, Components> sums = new HashMap<>();
        Map<CellKey, Integer> counts = new HashMap<>();
        for (Contribution contribution : contributions) {
            CellKey key = new CellKey(contribution.provider(), contribution.client());
            sums.merge(key, contribution.components(), Components::plus);
            counts.merge(key, 1, Integer::sum);
        }
        Map<CellKey, Cell> cells = new HashMap<>();
        sums.forEach((key, components) -> cells.put(key, Cell.of(key, components, counts.get(key), settings)));
        return withTeams(period, cells);
    }

    /** The matrix from cells a store already summed. */
    static ScoreMatrix matrixOfTotals(Interval period, Iterable<CellTotal> totals, AccountabilitySettings settings) {
        Map<CellKey, Cell> cells = new HashMap<>();
        for (CellTotal total : totals) {
            cells.put(total.key(), Cell.of(total.key(), total.components(), total.issues(), settings));
        }
        return withTeams(period, cells);
    }

    private static ScoreMatrix withTeams(Interval period, Map<CellKey, Cell> cells) {
        List<TeamKey> providers = List.copyOf(
                new TreeSet<>(cells.keySet().stream().map(CellKey::provider).toList()));
        List<Optional<TeamKey>> clients = cells.keySet().stream()
                .map(CellKey::client)
                .distinct()
                .sorted(ScoreMatrix.CLIENT_ORDER)
                .toList();
        return new ScoreMatrix(period, providers, clients, cells);
    }

    /** The contributions of one cell, oldest resolution first, with their sum as the cell. */
    static CellDrillDown drillDown(
            TeamKey provider,
            Optional<TeamKey> client,
            Iterable<Contribution> contributions,
            AccountabilitySettings settings) {
        List<Contribution> inCell = new ArrayList<>();
        Components sum = Components.NONE;
        for (Contribution contribution : contributions) {
            if (contribution.provider().equals(provider)
                    && contribution.client().equals(client)) {
                inCell.add(contribution);
                sum = sum.plus(contribution.components());
            }
        }
        inCell.sort(Comparator.comparing(Contribution::resolvedAt).thenComparingLong(Contribution::issueId));
        return new CellDrillDown(Cell.of(new CellKey(provider, client), sum, inCell.size(), settings), inCell);
    }

    /** The chains of teams of issues with at least one hand-off, most frequent first. */
    static List<HandOffChain> chains(Iterable<List<TeamKey>> handedOffChains, int limit) {
        Map<List<TeamKey>, Integer> counts = new HashMap<>();
        for (List<TeamKey> chain : handedOffChains) {
            counts.merge(chain, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new HandOffChain(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(HandOffChain::issues).reversed().thenComparing(HandOffChain::toString))
                .limit(limit)
                .toList();
    }

    static List<TrendPoint> trend(
            TeamKey provider,
            Granularity granularity,
            ZoneId zone,
            Interval period,
            Iterable<Contribution> contributions,
            AccountabilitySettings settings) {
        TreeMap<LocalDate, Components> sums = new TreeMap<>();
        Map<LocalDate, Integer> counts = new HashMap<>();
        for (Contribution contribution : contributions) {
            if (contribution.provider().equals(provider)) {
                LocalDate bucket = bucketOf(contribution.resolvedAt(), granularity, zone);
                sums.merge(bucket, contribution.components(), Components::plus);
                counts.merge(bucket, 1, Integer::sum);
            }
        }
        List<TrendPoint> points = new ArrayList<>();
        if (!period.to().isAfter(period.from())) {
            return points;
        }
        LocalDate last = bucketOf(period.to().minusNanos(1), granularity, zone);
        for (LocalDate start = bucketOf(period.from(), granularity, zone);
                !start.isAfter(last);
                start = granularity.next(start)) {
            Components components = sums.getOrDefault(start, Components.NONE);
            int issues = counts.getOrDefault(start, 0);
            points.add(new TrendPoint(
                    start,
                    components,
                    issues,
                    settings.weights().score(components),
                    issues < settings.lowConfidenceBelow()));
        }
        return points;
    }

    private static LocalDate bucketOf(Instant instant, Granularity granularity, ZoneId zone) {
        return granularity.startOf(LocalDate.ofInstant(instant, zone));
    }
}
