package io.serviceculture.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryAccountabilityStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.Test;

/**
 * The owned-time figure of the matrix, worked by hand. In March sales reported five issues:
 *
 * <pre>
 * issue  priority  support owned  infra owned
 * 1      High      2 h            -
 * 2      High      4 h            6 h
 * 3      Low       3 h            -
 * 4      High      -              10 h
 * 5      Low       (no resolution clock: no standard matched)
 * </pre>
 *
 * High (issue, provider) hours are 2, 4, 6, 10: median (4 + 6) / 2 = 5. Low: 3, median 3. Normalised: issue 1
 * 2/5 = 0.4, issue 2 for support 4/5 = 0.8 and for infra 6/5 = 1.2, issue 3 3/3 = 1.0, issue 4 10/5 = 2.0.
 * support←sales: n 3, 9 h, mean 3 h, index (0.4 + 0.8 + 1.0) / 3 = 0.7333. infra←sales: n 2, 16 h, mean 8 h,
 * index (1.2 + 2.0) / 2 = 1.6.
 */
public class OwnedTimeServiceTest {
    private static final TeamKey SUPPORT = TeamKey.of("support");
    private static final TeamKey INFRA = TeamKey.of("infra");
    private static final Optional<TeamKey> SALES = Optional.of(TeamKey.of("sales"));
    private static final UserKey HUGO = UserKey.of("hugo");
    private static final UserKey RITA = UserKey.of("rita");
    private static final Interval MARCH =
            new Interval(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    private static final Offset<Double> EXACT = within(1e-9);

    private final InMemoryAccountabilityStore store = new InMemoryAccountabilityStore();
    private final Map<Long, IssueTeamTime> teamTimes = new HashMap<>();
    private final List<List<Long>> pagesAsked = new ArrayList<>();
    private final Set<Long> ritaMayBrowse = Set.of(1L, 3L, 4L, 5L);
    private final OwnedTimeService service = new OwnedTimeService(
            store,
            ids -> {
                pagesAsked.add(List.copyOf(ids));
                Map<Long, IssueTeamTime> page = new HashMap<>();
                ids.forEach(id -> Optional.ofNullable(teamTimes.get(id)).ifPresent(t -> page.put(id, t)));
                return page;
            },
            store,
            (viewer, issueId) -> viewer.equals(HUGO) || ritaMayBrowse.contains(issueId));

    public OwnedTimeServiceTest() {
        resolved(1, "2026-03-02T10:00:00Z", SUPPORT);
        resolved(2, "2026-03-06T10:00:00Z", SUPPORT, INFRA);
        resolved(3, "2026-03-10T10:00:00Z", SUPPORT);
        resolved(4, "2026-03-12T10:00:00Z", INFRA);
        resolved(5, "2026-03-13T10:00:00Z", SUPPORT);
        resolved(6, "2026-04-02T10:00:00Z", SUPPORT);
        owned(1, "High", Map.of(SUPPORT, Duration.ofHours(2)));
        owned(2, "High", Map.of(SUPPORT, Duration.ofHours(4), INFRA, Duration.ofHours(6)));
        owned(3, "Low", Map.of(SUPPORT, Duration.ofHours(3)));
        owned(4, "High", Map.of(INFRA, Duration.ofHours(10)));
        owned(6, "High", Map.of(SUPPORT, Duration.ofHours(100)));
    }

    @Test
    public void cellShowsMeanOwnedHoursAndPriorityNormalisedIndexWithItsN() {
        Map<CellKey, OwnedTimeCell> matrix = service.matrix(MARCH);

        OwnedTimeCell support = matrix.get(new CellKey(SUPPORT, SALES));
        assertThat(support.issues()).isEqualTo(3);
        assertThat(support.meanHours().getAsDouble()).isCloseTo(3.0, EXACT);
        assertThat(support.index().getAsDouble()).isCloseTo(2.2 / 3, EXACT);
        assertThat(support.lowConfidence()).isTrue();
        OwnedTimeCell infra = matrix.get(new CellKey(INFRA, SALES));
        assertThat(infra.issues()).isEqualTo(2);
        assertThat(infra.meanHours().getAsDouble()).isCloseTo(8.0, EXACT);
        assertThat(infra.index().getAsDouble()).isCloseTo(1.6, EXACT);
        assertThat(matrix).hasSize(2);
    }

    @Test
    public void drillDownListsEachIssuesOwnedTimeAndNormalisedValueOldestFirst() {
        OwnedTimeDrillDown drill = service.drillDown(HUGO, SUPPORT, SALES, MARCH);

        assertThat(drill.visible()).extracting(OwnedTime::issueKey).containsExactly("ISS-1", "ISS-2", "ISS-3");
        assertThat(drill.visible())
                .extracting(OwnedTime::owned)
                .containsExactly(Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(3));
        assertThat(drill.visible())
                .extracting(t -> t.normalised().getAsDouble())
                .containsExactly(0.4, 0.8, 1.0);
        assertThat(drill.hiddenIssues()).isZero();
    }

    @Test
    public void issuesTheViewerMayNotBrowseCountOnlyAsSums() {
        OwnedTimeDrillDown drill = service.drillDown(RITA, SUPPORT, SALES, MARCH);

        assertThat(drill.visible()).extracting(OwnedTime::issueId).containsExactly(1L, 3L);
        assertThat(drill.hiddenIssues()).isEqualTo(1);
        assertThat(drill.hiddenHours()).isCloseTo(4.0, EXACT);
        assertThat(drill.hiddenNormalisedSum()).isCloseTo(0.8, EXACT);
        assertThat(drill.cell().meanHours().getAsDouble()).isCloseTo(3.0, EXACT);
    }

    @Test
    public void everyCellsDrillDownAddsUpToTheCell() {
        for (OwnedTimeCell cell : service.matrix(MARCH).values()) {
            OwnedTimeDrillDown drill =
                    service.drillDown(RITA, cell.key().provider(), cell.key().client(), MARCH);
            double hours = drill.hiddenHours();
            double normalised = drill.hiddenNormalisedSum();
            int normalisedIssues = drill.hiddenNormalisedIssues();
            for (OwnedTime time : drill.visible()) {
                hours += time.hours();
                if (time.normalised().isPresent()) {
                    normalised += time.normalised().getAsDouble();
                    normalisedIssues++;
                }
            }
            assertThat(drill.visible().size() + drill.hiddenIssues()).isEqualTo(cell.issues());
            assertThat(hours / cell.issues()).isCloseTo(cell.meanHours().getAsDouble(), EXACT);
            assertThat(normalised / normalisedIssues).isCloseTo(cell.index().getAsDouble(), EXACT);
            assertThat(drill.cell()).isEqualTo(cell);
        }
    }

    @Test
    public void aPriorityWhoseMedianIsZeroHasNoNormalisedValue() {
        owned(3, "Low", Map.of());

        OwnedTimeCell support = service.matrix(MARCH).get(new CellKey(SUPPORT, SALES));

        assertThat(support.issues()).isEqualTo(3);
        assertThat(support.meanHours().getAsDouble()).isCloseTo(2.0, EXACT);
        assertThat(support.index().getAsDouble()).isCloseTo(0.6, EXACT);
    }

    @Test
    public void asksForTeamTimeOnceForEachIssueOfThePeriod() {
        service.matrix(MARCH);

        assertThat(pagesAsked).containsExactly(List.of(1L, 2L, 3L, 4L, 5L));
    }

    @Test
    public void servedByListsEachIssueTheTeamProvidedForOnceWithItsOwnedTimeOldestFirst() {
        // when
        List<ServedIssue> support = service.servedBy(SUPPORT, MARCH);
        List<ServedIssue> infra = service.servedBy(INFRA, MARCH);

        // then: support served 1, 2, 3 and 5 in March (6 was resolved in April); 5 had no resolution clock; the
        // owned hours are the ones behind the cell's mean of 3 h
        assertThat(support)
                .containsExactly(
                        new ServedIssue(1, "ISS-1", Optional.of(Duration.ofHours(2))),
                        new ServedIssue(2, "ISS-2", Optional.of(Duration.ofHours(4))),
                        new ServedIssue(3, "ISS-3", Optional.of(Duration.ofHours(3))),
                        new ServedIssue(5, "ISS-5", Optional.empty()));
        assertThat(infra)
                .containsExactly(
                        new ServedIssue(2, "ISS-2", Optional.of(Duration.ofHours(6))),
                        new ServedIssue(4, "ISS-4", Optional.of(Duration.ofHours(10))));
        assertThat(pagesAsked).containsExactly(List.of(1L, 2L, 3L, 5L), List.of(2L, 4L));
    }

    @Test
    public void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(OwnedTimeService.median(List.of(10.0, 2.0, 6.0, 4.0))).isEqualTo(5.0);
        assertThat(OwnedTimeService.median(List.of(3.0))).isEqualTo(3.0);
    }

    private void resolved(long issueId, String at, TeamKey... providers) {
        Instant resolvedAt = Instant.parse(at);
        List<Contribution> contributions = new ArrayList<>();
        for (TeamKey provider : providers) {
            contributions.add(
                    new Contribution(issueId, "ISS-" + issueId, provider, SALES, resolvedAt, Components.NONE));
        }
        store.save(
                new IssueAccountability(
                        issueId,
                        "ISS-" + issueId,
                        SALES,
                        List.of(providers),
                        List.of(),
                        List.of(),
                        Optional.of(resolvedAt),
                        Optional.of(providers[providers.length - 1]),
                        providers.length == 1,
                        Optional.empty(),
                        OptionalInt.empty(),
                        contributions),
                List.of(RITA));
    }

    private void owned(long issueId, String priority, Map<TeamKey, Duration> owned) {
        teamTimes.put(issueId, new IssueTeamTime(issueId, priority, owned));
    }
}
