package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;

/**
 * The accountability facts of every issue, kept current one issue at a time and queried for the matrix,
 * drill-downs, hand-off chains and trends. An event recomputes only its issue from the issue's timeline; a
 * full rebuild is needed only when past attribution changes: an admin changes someone's primary team or
 * unmarks a team, or the reopen window changes. Membership events and the nightly reconciliation open and
 * close periods at "now", which never changes the past, so they only need {@link #useTeamHistory}.
 *
 * <p>Safe for concurrent readers and writers: each issue's facts are replaced whole. An update racing the very
 * end of a rebuild may keep facts computed with the previous team history until the issue's next event.
 */
public final class AccountabilityIndex {
    private final ConcurrentHashMap<Long, IssueAccountability> byIssue = new ConcurrentHashMap<>();
    /** The finally resolved issues by resolution instant, so a period's queries read only its issues. */
    private final ConcurrentSkipListMap<ResolvedKey, IssueAccountability> byResolution = new ConcurrentSkipListMap<>();

    private final Object rebuilding = new Object();
    private volatile @Nullable Map<Long, AccountabilityInput> arrivedDuringRebuild;
    private volatile TeamHistory teams;
    private volatile AccountabilitySettings settings;
    private volatile IssueAccountabilityAnalyser analyser;

    public AccountabilityIndex(TeamHistory teams, AccountabilitySettings settings) {
        this.teams = teams;
        this.settings = settings;
        this.analyser = new IssueAccountabilityAnalyser(settings.reopenWindow());
    }

    /** Recomputes one issue after an event on it, or after its attainment or rating changed. */
    public IssueAccountability update(AccountabilityInput input) {
        Map<Long, AccountabilityInput> pending = arrivedDuringRebuild;
        if (pending != null) {
            pending.put(input.timeline().issueId(), input);
        }
        IssueAccountability facts = analyser.analyse(input, teams);
        store(facts);
        return facts;
    }

    /** Forgets an issue, such as one deleted or moved out of the app's scope. */
    public void remove(long issueId) {
        byIssue.computeIfPresent(issueId, (id, old) -> {
            ResolvedKey.of(old).ifPresent(byResolution::remove);
            return null;
        });
    }

    /** Replaces an issue's facts in both maps, atomically per issue. */
    private void store(IssueAccountability facts) {
        byIssue.compute(facts.issueId(), (id, old) -> {
            if (old != null) {
                ResolvedKey.of(old).ifPresent(byResolution::remove);
            }
            ResolvedKey.of(facts).ifPresent(key -> byResolution.put(key, facts));
            return facts;
        });
    }

    private record ResolvedKey(Instant resolvedAt, long issueId) implements Comparable<ResolvedKey> {
        static Optional<ResolvedKey> of(IssueAccountability facts) {
            return facts.resolvedAt().map(at -> new ResolvedKey(at, facts.issueId()));
        }

        @Override
        public int compareTo(ResolvedKey other) {
            int byTime = resolvedAt.compareTo(other.resolvedAt);
            return byTime != 0 ? byTime : Long.compare(issueId, other.issueId);
        }
    }

    /** The issues finally resolved in the period, oldest resolution first. */
    private Iterable<IssueAccountability> resolvedIn(Interval period) {
        return byResolution
                .subMap(new ResolvedKey(period.from(), Long.MIN_VALUE), new ResolvedKey(period.to(), Long.MIN_VALUE))
                .values();
    }

    /**
     * Replaces every issue's facts with those computed from the given timelines. Events keep arriving while
     * it runs: the issues they update are recomputed from their newer input with the new history and settings
     * at the end, so a rebuild never overwrites an update with an older timeline.
     */
    public void rebuild(
            Iterable<AccountabilityInput> inputs, TeamHistory newTeams, AccountabilitySettings newSettings) {
        synchronized (rebuilding) {
            Map<Long, AccountabilityInput> pending = new ConcurrentHashMap<>();
            arrivedDuringRebuild = pending;
            IssueAccountabilityAnalyser newAnalyser = new IssueAccountabilityAnalyser(newSettings.reopenWindow());
            Map<Long, IssueAccountability> rebuilt = new HashMap<>();
            for (AccountabilityInput input : inputs) {
                IssueAccountability facts = newAnalyser.analyse(input, newTeams);
                rebuilt.put(facts.issueId(), facts);
            }
            teams = newTeams;
            settings = newSettings;
            analyser = newAnalyser;
            arrivedDuringRebuild = null;
            for (AccountabilityInput input : pending.values()) {
                rebuilt.put(input.timeline().issueId(), newAnalyser.analyse(input, newTeams));
            }
            for (Long issueId : List.copyOf(byIssue.keySet())) {
                if (!rebuilt.containsKey(issueId)) {
                    remove(issueId);
                }
            }
            rebuilt.values().forEach(this::store);
        }
    }

    /** Uses a newer team history for the issues updated from now on; see the class comment for when. */
    public void useTeamHistory(TeamHistory newTeams) {
        teams = newTeams;
    }

    /** Uses new weights or threshold; a new reopen window needs a {@link #rebuild}. */
    public void useSettings(AccountabilitySettings newSettings) {
        if (!newSettings.reopenWindow().equals(settings.reopenWindow())) {
            throw new IllegalArgumentException("a new reopen window changes every issue's facts: rebuild");
        }
        settings = newSettings;
    }

    public Optional<IssueAccountability> facts(long issueId) {
        return Optional.ofNullable(byIssue.get(issueId));
    }

    public int size() {
        return byIssue.size();
    }

    /** The matrix of provider × client cells for the issues finally resolved in the period. */
    public ScoreMatrix matrix(Interval period) {
        return Figures.matrix(period, contributionsIn(period), settings);
    }

    /** One cell with each issue's contribution, oldest resolution first. */
    public CellDrillDown drillDown(TeamKey provider, Optional<TeamKey> client, Interval period) {
        return Figures.drillDown(provider, client, contributionsIn(period), settings);
    }

    /**
     * The most frequent paths between teams of the issues finally resolved in the period that had at least
     * one hand-off, most frequent first.
     */
    public List<HandOffChain> handOffChains(Interval period, int limit) {
        List<List<TeamKey>> chains = new ArrayList<>();
        for (IssueAccountability issue : resolvedIn(period)) {
            if (!issue.handOffs().isEmpty()) {
                chains.add(issue.providerTeams());
            }
        }
        return Figures.chains(chains, limit);
    }

    /**
     * A provider team's figures over all its clients per week or month of the period, every bucket present
     * even when empty, by the day each issue was finally resolved in the zone.
     */
    public List<TrendPoint> trend(TeamKey provider, Granularity granularity, ZoneId zone, Interval period) {
        return Figures.trend(provider, granularity, zone, period, contributionsIn(period), settings);
    }

    private List<Contribution> contributionsIn(Interval period) {
        List<Contribution> contributions = new ArrayList<>();
        for (IssueAccountability issue : resolvedIn(period)) {
            contributions.addAll(issue.contributions());
        }
        return contributions;
    }
}
