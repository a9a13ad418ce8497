package io.serviceculture.plugin.accountability.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.CellTotal;
import io.serviceculture.core.accountability.Components;
import io.serviceculture.core.accountability.Contribution;
import io.serviceculture.core.accountability.Fraction;
import io.serviceculture.core.accountability.HandOff;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.IssueAccountability;
import io.serviceculture.core.accountability.Resolution;
import io.serviceculture.core.accountability.ServiceRating;
import io.serviceculture.core.accountability.StandardAttainment;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.standards.persistence.CycleAO;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.Before;
import org.junit.Test;

/** What the AO accountability adapters promise, run on each real database by a subclass. */
public abstract class AccountabilityPersistenceContract {
    static final TeamKey SUPPORT = TeamKey.of("support");
    static final TeamKey INFRA = TeamKey.of("infra");
    static final TeamKey SALES = TeamKey.of("sales");
    static final UserKey RITA = UserKey.of("rita");
    static final UserKey SAM = UserKey.of("sam");
    static final UserKey IAN = UserKey.of("ian");
    static final Instant RESOLVED = Instant.parse("2026-03-06T10:00:00.123Z");
    static final Interval MARCH =
            new Interval(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

    protected ActiveObjects ao;
    protected TestDatabase.Fresh database;
    protected AoAccountabilityStore store;
    protected AoRatings ratings;

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        database = database().fresh(IssueFactsAO.class, ContributionAO.class, RatingAO.class, CycleAO.class);
        ao = database.ao();
        store = new AoAccountabilityStore(ao);
        ratings = new AoRatings(ao);
    }

    /** SUP-2 of docs/accountability.md: support → infra → support, a reopen by support, rated 2. */
    static IssueAccountability sup2(Optional<Instant> resolvedAt) {
        Components support = new Components(Fraction.of(0, 1), Fraction.of(0, 1), Fraction.of(1, 2), Fraction.of(1, 4));
        Components infra = new Components(Fraction.of(0, 1), Fraction.of(0, 1), Fraction.NONE, Fraction.of(1, 4));
        List<Contribution> contributions = resolvedAt
                .map(at -> List.of(
                        new Contribution(2, "SUP-2", SUPPORT, Optional.of(SALES), at, support),
                        new Contribution(2, "SUP-2", INFRA, Optional.of(SALES), at, infra)))
                .orElse(List.of());
        return new IssueAccountability(
                2,
                "SUP-2",
                Optional.of(SALES),
                List.of(SUPPORT, INFRA, SUPPORT),
                List.of(
                        new HandOff(SUPPORT, INFRA, Instant.parse("2026-03-04T11:00:00Z"), false),
                        new HandOff(INFRA, SUPPORT, Instant.parse("2026-03-05T11:00:00Z"), true)),
                List.of(
                        new Resolution(
                                Instant.parse("2026-03-05T12:00:00Z"),
                                Optional.of(SUPPORT),
                                Optional.of(Instant.parse("2026-03-05T13:00:00Z")),
                                true),
                        new Resolution(RESOLVED, Optional.of(SUPPORT), Optional.empty(), false)),
                resolvedAt,
                Optional.of(SUPPORT),
                false,
                Optional.of(new StandardAttainment(0, 1)),
                OptionalInt.of(2),
                contributions);
    }

    @Test
    public void namesTablesWithJirasPrefixForTheAppNamespace() {
        assertThat(database.tableNames()).contains("AO_439D1B_ACC_ISSUE", "AO_439D1B_ACC_CELL", "AO_439D1B_ACC_RATING");
    }

    @Test
    public void readsAnIssuesFactsBackWhole() {
        // given
        IssueAccountability facts = sup2(Optional.of(RESOLVED));

        // when
        store.save(facts, List.of(RITA, SAM, IAN));

        // then
        assertThat(store.facts(2)).contains(facts);
        assertThat(store.storedIssueIds()).containsExactly(2L);
    }

    @Test
    public void savingAgainReplacesTheFactsAndContributions() {
        // given the issue was resolved, then reopened
        store.save(sup2(Optional.of(RESOLVED)), List.of(RITA));

        // when
        store.save(sup2(Optional.empty()), List.of(RITA));

        // then
        assertThat(store.contributions(MARCH, Optional.empty())).isEmpty();
        assertThat(store.facts(2).orElseThrow().resolvedAt()).isEmpty();
        assertThat(store.issuesOpenOrResolvedSince(Instant.parse("2030-01-01T00:00:00Z")))
                .containsExactly(2L);
    }

    @Test
    public void readsThePeriodsContributionsByProvider() {
        // given one issue in March and one in April
        store.save(sup2(Optional.of(RESOLVED)), List.of(RITA));
        IssueAccountability april = sup2(Optional.of(Instant.parse("2026-04-01T00:00:00Z")));
        store.save(
                new IssueAccountability(
                        3,
                        "SUP-3",
                        april.clientTeam(),
                        april.providerTeams(),
                        april.handOffs(),
                        april.resolutions(),
                        april.resolvedAt(),
                        april.resolvingTeam(),
                        false,
                        april.attainment(),
                        april.rating(),
                        april.contributions().stream()
                                .map(c -> new Contribution(
                                        3, "SUP-3", c.provider(), c.client(), c.resolvedAt(), c.components()))
                                .toList()),
                List.of(RITA));

        // when
        List<Contribution> all = store.contributions(MARCH, Optional.empty());
        List<Contribution> infra = store.contributions(MARCH, Optional.of(INFRA));

        // then the period ends before 1 April
        assertThat(all).extracting(Contribution::issueKey).containsOnly("SUP-2").hasSize(2);
        assertThat(infra).singleElement().satisfies(c -> {
            assertThat(c.resolvedAt()).isEqualTo(RESOLVED);
            assertThat(c.components().rating()).isEqualTo(Fraction.of(1, 4));
            assertThat(c.components().reopens()).isEqualTo(Fraction.NONE);
        });
        assertThat(store.handedOffChains(MARCH)).containsExactly(List.of(SUPPORT, INFRA, SUPPORT));
    }

    @Test
    public void sumsEachCellOfThePeriodInTheDatabase() {
        // given SUP-2 twice in March (as issues 2 and 4) and once in April (issue 3)
        store.save(sup2(Optional.of(RESOLVED)), List.of(RITA));
        store.save(renumbered(sup2(Optional.of(RESOLVED.plusSeconds(60))), 4), List.of(RITA));
        store.save(renumbered(sup2(Optional.of(Instant.parse("2026-04-01T00:00:00Z"))), 3), List.of(RITA));

        // when
        List<CellTotal> totals = store.cellTotals(MARCH);

        // then support×sales: attainment 0/1 + 0/1, ownership 0/1 + 0/1, reopens 1/2 + 1/2, rating 1/4 + 1/4
        assertThat(totals)
                .containsExactlyInAnyOrder(
                        new CellTotal(
                                new CellKey(SUPPORT, Optional.of(SALES)),
                                new Components(
                                        Fraction.of(0, 2), Fraction.of(0, 2), Fraction.of(2, 4), Fraction.of(2, 8)),
                                2),
                        new CellTotal(
                                new CellKey(INFRA, Optional.of(SALES)),
                                new Components(Fraction.of(0, 2), Fraction.of(0, 2), Fraction.NONE, Fraction.of(2, 8)),
                                2));
    }

    private static IssueAccountability renumbered(IssueAccountability facts, long id) {
        return new IssueAccountability(
                id,
                "SUP-" + id,
                facts.clientTeam(),
                facts.providerTeams(),
                facts.handOffs(),
                facts.resolutions(),
                facts.resolvedAt(),
                facts.resolvingTeam(),
                facts.endToEnd(),
                facts.attainment(),
                facts.rating(),
                facts.contributions().stream()
                        .map(c -> new Contribution(
                                id, "SUP-" + id, c.provider(), c.client(), c.resolvedAt(), c.components()))
                        .toList());
    }

    @Test
    public void findsTheIssuesAPersonWasInvolvedIn() {
        store.save(sup2(Optional.of(RESOLVED)), List.of(RITA, SAM));

        assertThat(store.issuesInvolving(SAM)).containsExactly(2L);
        assertThat(store.issuesInvolving(UserKey.of("sa"))).isEmpty();
    }

    @Test
    public void removesAnIssue() {
        store.save(sup2(Optional.of(RESOLVED)), List.of(RITA));

        store.remove(2);

        assertThat(store.facts(2)).isEmpty();
        assertThat(store.contributions(MARCH, Optional.empty())).isEmpty();
    }

    @Test
    public void storesOneRatingPerIssueAndChangesIt() {
        // given
        Instant given = Instant.parse("2026-03-07T08:00:00.250Z");
        ServiceRating first = new ServiceRating(2, RITA, 2, "Slow but polite", given, given);

        // when
        boolean inserted = ratings.insert(first);
        boolean again = ratings.insert(new ServiceRating(2, RITA, 5, "", given, given));
        ServiceRating edited = new ServiceRating(2, RITA, 4, "Better", given, given.plusSeconds(60));
        ratings.update(edited);

        // then
        assertThat(inserted).isTrue();
        assertThat(again).isFalse();
        assertThat(ratings.find(2)).contains(edited);
        assertThat(ratings.find(3)).isEmpty();
    }

    @Test
    public void countsAnIssuesMetCyclesAsItsAttainment() {
        // given two completed cycles of issue 2, one met
        createCycle(2, "2|std|ttfr|1", true);
        createCycle(2, "2|std|ttr|1", false);
        createCycle(7, "7|std|ttr|1", true);

        // when / then
        AoStandardAttainment attainment = new AoStandardAttainment(ao);
        assertThat(attainment.attainment(2)).contains(new StandardAttainment(1, 2));
        assertThat(attainment.attainment(3)).isEmpty();
    }

    private void createCycle(long issueId, String key, boolean met) {
        Date at = Date.from(RESOLVED);
        ao.create(
                CycleAO.class,
                Map.of(
                        CycleAO.COLUMN_CYCLE_KEY, key,
                        CycleAO.COLUMN_ISSUE_ID, issueId,
                        CycleAO.COLUMN_STANDARD_ID, "std",
                        CycleAO.COLUMN_METRIC_KEY, "ttr",
                        CycleAO.COLUMN_START_AT, at,
                        CycleAO.COLUMN_STOP_AT, at,
                        CycleAO.COLUMN_MET, met,
                        CycleAO.COLUMN_PROJECT_KEY, "SUP"));
    }
}
