package io.serviceculture.core.accountability;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where each issue's accountability facts and cell contributions are kept, so that every node answers from the
 * same figures and a restart loses nothing. The figures are sums of the stored contributions.
 */
public interface AccountabilityStorePort {
    /**
     * Replaces everything stored about the issue with these facts.
     *
     * @param people the reporter and every assignee the issue had, so a correction of someone's teams can find
     *     the issues it touches
     */
    void save(IssueAccountability facts, Collection<UserKey> people);

    void remove(long issueId);

    /**
     * Replaces everything stored about a page of issues at once: forgets every listed issue, then stores the given
     * facts, each of a listed issue, together, so a rebuild writes a page in a few statements instead of several per
     * issue. A listed issue without facts is forgotten.
     *
     * @throws IllegalArgumentException when facts are given for an issue that is not listed
     */
    default void replaceAll(Collection<Long> issueIds, List<StoredFacts> facts) {
        Set<Long> listed = new HashSet<>(issueIds);
        for (StoredFacts stored : facts) {
            if (!listed.contains(stored.facts().issueId())) {
                throw new IllegalArgumentException("issue " + stored.facts().issueId() + " is not in the page");
            }
        }
        issueIds.forEach(this::remove);
        facts.forEach(stored -> save(stored.facts(), stored.people()));
    }

    Set<Long> storedIssueIds();

    Optional<IssueAccountability> facts(long issueId);

    /** The contributions of the issues finally resolved in the period, to one provider's cells if given. */
    List<Contribution> contributions(Interval period, Optional<TeamKey> provider);

    /**
     * Each cell's contributions of the issues finally resolved in the period, summed: exactly what summing
     * {@link #contributions} per cell gives.
     */
    List<CellTotal> cellTotals(Interval period);

    /** The provider teams, in order, of each issue finally resolved in the period that had a hand-off. */
    List<List<TeamKey>> handedOffChains(Interval period);

    /** The issues still open, or finally resolved at or after the instant: those whose facts may still change. */
    List<Long> issuesOpenOrResolvedSince(Instant since);

    /** The issues the person reported or was assigned. */
    List<Long> issuesInvolving(UserKey person);
}
