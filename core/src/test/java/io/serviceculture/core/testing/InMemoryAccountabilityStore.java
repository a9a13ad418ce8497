package io.serviceculture.core.testing;

import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.accountability.AccountabilitySettingsPort;
import io.serviceculture.core.accountability.AccountabilityStorePort;
import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.CellTotal;
import io.serviceculture.core.accountability.Contribution;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.IssueAccountability;
import io.serviceculture.core.accountability.RatingStorePort;
import io.serviceculture.core.accountability.ServiceRating;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Accountability facts, ratings and settings in maps, for the core's use-case tests. */
public final class InMemoryAccountabilityStore
        implements AccountabilityStorePort, RatingStorePort, AccountabilitySettingsPort {
    private final Map<Long, IssueAccountability> facts = new TreeMap<>();
    private final Map<Long, Set<UserKey>> people = new TreeMap<>();
    private final Map<Long, ServiceRating> ratings = new ConcurrentHashMap<>();
    private AccountabilitySettings settings = AccountabilitySettings.defaults();

    @Override
    public synchronized void save(IssueAccountability issue, Collection<UserKey> involved) {
        facts.put(issue.issueId(), issue);
        people.put(issue.issueId(), new TreeSet<>(involved));
    }

    @Override
    public synchronized void remove(long issueId) {
        facts.remove(issueId);
        people.remove(issueId);
    }

    @Override
    public synchronized Set<Long> storedIssueIds() {
        return Set.copyOf(facts.keySet());
    }

    @Override
    public synchronized Optional<IssueAccountability> facts(long issueId) {
        return Optional.ofNullable(facts.get(issueId));
    }

    @Override
    public synchronized List<Contribution> contributions(Interval period, Optional<TeamKey> provider) {
        List<Contribution> result = new ArrayList<>();
        for (IssueAccountability issue : facts.values()) {
            if (issue.resolvedAt().filter(period::contains).isPresent()) {
                issue.contributions().stream()
                        .filter(c -> provider.map(p -> p.equals(c.provider())).orElse(true))
                        .forEach(result::add);
            }
        }
        return result;
    }

    @Override
    public synchronized List<CellTotal> cellTotals(Interval period) {
        Map<CellKey, CellTotal> totals = new HashMap<>();
        for (Contribution c : contributions(period, Optional.empty())) {
            CellKey key = new CellKey(c.provider(), c.client());
            totals.merge(
                    key,
                    new CellTotal(key, c.components(), 1),
                    (a, b) -> new CellTotal(key, a.components().plus(b.components()), a.issues() + b.issues()));
        }
        return List.copyOf(totals.values());
    }

    @Override
    public synchronized List<List<TeamKey>> handedOffChains(Interval period) {
        return facts.values().stream()
                .filter(i -> i.resolvedAt().filter(period::contains).isPresent())
                .filter(i -> !i.handOffs().isEmpty())
                .map(IssueAccountability::providerTeams)
                .toList();
    }

    @Override
    public synchronized List<Long> issuesOpenOrResolvedSince(Instant since) {
        return facts.values().stream()
                .filter(i -> i.resolvedAt().map(at -> !at.isBefore(since)).orElse(true))
                .map(IssueAccountability::issueId)
                .toList();
    }

    @Override
    public synchronized List<Long> issuesInvolving(UserKey person) {
        return people.entrySet().stream()
                .filter(e -> e.getValue().contains(person))
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public Optional<ServiceRating> find(long issueId) {
        return Optional.ofNullable(ratings.get(issueId));
    }

    @Override
    public boolean insert(ServiceRating rating) {
        return ratings.putIfAbsent(rating.issueId(), rating) == null;
    }

    @Override
    public void update(ServiceRating rating) {
        ratings.put(rating.issueId(), rating);
    }

    @Override
    public synchronized AccountabilitySettings load() {
        return settings;
    }

    @Override
    public synchronized void save(AccountabilitySettings updated) {
        settings = updated;
    }
}
