package io.serviceculture.plugin.accountability.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.accountability.AccountabilityInput;
import io.serviceculture.core.accountability.AccountabilityService;
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
import io.serviceculture.core.accountability.StoredFacts;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryAccountabilityStore;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.MutableClock;
import io.serviceculture.core.testing.SyntheticAccountabilityData;
import io.serviceculture.plugin.standards.persistence.CycleAO;
import io.serviceculture.plugin.testing.DataSourceDatabaseAccessor;
import io.serviceculture.plugin.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
    private final InMemoryIssues histories = new InMemoryIssues();

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        database = database().fresh(IssueFactsAO.class, ContributionAO.class, RatingAO.class, CycleAO.class);
        ao = database.ao();
        store = new AoAccountabilityStore(ao, new DataSourceDatabaseAccessor(database.dataSource()));
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
        AoStandardAttainment attainment = attainment();
        assertThat(attainment.attainment(2)).contains(new StandardAttainment(1, 2));
        assertThat(attainment.attainment(3)).isEmpty();
    }

    @Test
    public void readsAPagesAttainmentsAndRatingsAtOnce() {
        // given issue 2 met one of two cycles, issue 7 its only one; issues 2 and 3 were rated
        createCycle(2, "2|std|ttfr|1", true);
        createCycle(2, "2|std|ttr|1", false);
        createCycle(7, "7|std|ttr|1", true);
        Instant given = Instant.parse("2026-03-07T08:00:00.250Z");
        ratings.insert(new ServiceRating(2, RITA, 2, "", given, given));
        ratings.insert(new ServiceRating(3, SAM, 5, "", given, given));

        // when
        Map<Long, StandardAttainment> attained = attainment().attainments(List.of(2L, 3L, 7L));
        Map<Long, ServiceRating> rated = ratings.findAll(List.of(2L, 3L, 7L));

        // then
        assertThat(attained)
                .containsOnly(entry(2L, new StandardAttainment(1, 2)), entry(7L, new StandardAttainment(1, 1)));
        assertThat(rated).containsOnlyKeys(2L, 3L);
        assertThat(rated.get(3L).stars()).isEqualTo(5);
    }

    @Test
    public void replacesAPageOfIssuesAndForgetsTheListedOnesWithoutFacts() {
        // given issues 2 and 4 stored
        store.save(sup2(Optional.of(RESOLVED)), List.of(RITA));
        store.save(renumbered(sup2(Optional.of(RESOLVED)), 4), List.of(RITA));

        // when the page holds 2 (reopened since), 3 (new) and 4 (gone)
        store.replaceAll(
                List.of(2L, 3L, 4L),
                List.of(
                        new StoredFacts(sup2(Optional.empty()), List.of(RITA)),
                        new StoredFacts(renumbered(sup2(Optional.of(RESOLVED)), 3), List.of(SAM))));

        // then
        assertThat(store.storedIssueIds()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(store.facts(2).orElseThrow().resolvedAt()).isEmpty();
        assertThat(store.contributions(MARCH, Optional.empty()))
                .extracting(Contribution::issueKey)
                .containsExactly("SUP-3", "SUP-3");
        assertThat(store.issuesInvolving(SAM)).containsExactly(3L);
    }

    @Test
    public void rebuildingTwiceWritesTheSameRows() {
        // given
        SyntheticAccountabilityData data = new SyntheticAccountabilityData(7, 6, 60);
        List<Long> ids = storeHistories(data, 30);
        createCycle(ids.get(1), ids.get(1) + "|std|ttr|1", true);
        AccountabilityService service = serviceOver(data);
        service.rebuild(ids, 4, done -> {});
        List<String> first = rows();

        // when
        int analysed = service.rebuild(ids, 4, done -> {});

        // then
        assertThat(analysed).isEqualTo(30);
        assertThat(first).hasSizeGreaterThan(30);
        assertThat(rows()).isEqualTo(first);
    }

    @Test
    public void aRebuildStoppedMidwayAndStartedAgainEndsAsACleanOne() {
        // given facts from an older history, and an issue that is gone since
        SyntheticAccountabilityData older = new SyntheticAccountabilityData(1, 6, 60);
        List<Long> ids = storeHistories(older, 30);
        createCycle(ids.get(1), ids.get(1) + "|std|ttr|1", true);
        serviceOver(older).rebuild(ids, 4, done -> {});
        store.save(renumbered(sup2(Optional.of(RESOLVED)), 999), List.of(RITA));
        SyntheticAccountabilityData current = new SyntheticAccountabilityData(2, 6, 60);
        storeHistories(current, 30);
        AccountabilityService service = serviceOver(current);

        // when the node stops after two pages, and the rebuild is started again
        assertThatThrownBy(() -> service.rebuild(ids, 4, done -> {
                    if (done == 8) {
                        throw new IllegalStateException("node stopped");
                    }
                }))
                .hasMessage("node stopped");
        service.rebuild(ids, 4, done -> {});
        List<String> restarted = rows();

        // then it holds what a rebuild on empty tables gives
        store.replaceAll(store.storedIssueIds(), List.of());
        service.rebuild(ids, 4, done -> {});
        assertThat(rows()).isNotEmpty();
        assertThat(restarted).isEqualTo(rows());
        assertThat(store.storedIssueIds()).doesNotContain(999L);
    }

    /** The data's timelines as the issues' history (replacing any before), with every third rated; returns their ids. */
    private List<Long> storeHistories(SyntheticAccountabilityData data, int count) {
        List<Long> ids = new ArrayList<>();
        for (AccountabilityInput input : data.issues(count, 10)) {
            histories.add(input.timeline());
            ids.add(input.timeline().issueId());
        }
        Instant given = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < ids.size(); i += 3) {
            ratings.insert(new ServiceRating(ids.get(i), RITA, 1 + i % 5, "", given, given));
        }
        return ids;
    }

    private AccountabilityService serviceOver(SyntheticAccountabilityData data) {
        InMemoryAccountabilityStore settings = new InMemoryAccountabilityStore();
        return new AccountabilityService(
                histories,
                data.memberships(),
                attainment(),
                ratings,
                store,
                settings,
                histories,
                MutableClock.at("2026-12-01T00:00:00Z"));
    }

    private AoStandardAttainment attainment() {
        return new AoStandardAttainment(ao, new DataSourceDatabaseAccessor(database.dataSource()));
    }

    /** Every row of both tables but its generated id, in a stable order. */
    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : List.of("AO_439D1B_ACC_ISSUE", "AO_439D1B_ACC_CELL")) {
                try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int c = 1; c <= columns; c++) {
                            if (!result.getMetaData().getColumnName(c).equalsIgnoreCase("ID")) {
                                row.append('|').append(result.getString(c));
                            }
                        }
                        rows.add(row.toString());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Collections.sort(rows);
        return rows;
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
