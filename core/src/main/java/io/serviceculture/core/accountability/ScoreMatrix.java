package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How well each provider team served each client team in a period: the cells that have issues, rows and
 * columns sorted by team, the clients without a team last.
 */
public record ScoreMatrix(
        Interval period, List<TeamKey> providers, List<Optional<TeamKey>> clients, Map<CellKey, Cell> cells) {
    static final Comparator<Optional<TeamKey>> CLIENT_ORDER = Comparator.comparing((Optional<TeamKey> c) -> c.isEmpty())
            .thenComparing(c -> c.map(TeamKey::groupName).orElse(""));

    public ScoreMatrix {
        providers = List.copyOf(providers);
        clients = List.copyOf(clients);
        cells = Map.copyOf(cells);
    }

    public Optional<Cell> cell(TeamKey provider, Optional<TeamKey> client) {
        return Optional.ofNullable(cells.get(new CellKey(provider, client)));
    }
}
