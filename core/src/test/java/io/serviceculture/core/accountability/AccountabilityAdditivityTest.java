package io.serviceculture.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.testing.SyntheticAccountabilityData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/**
 * Over a generated organisation, every cell of every month's matrix is exactly the sum of the contributions
 * its drill-down lists, so any score can be explained issue by issue.
 */
public class AccountabilityAdditivityTest {
    private final SyntheticAccountabilityData data = new SyntheticAccountabilityData(42, 6, 60);
    private final List<AccountabilityInput> issues = data.issues(3_000, 10);

    @Test
    public void addsUpEachCellExactlyFromItsIssuesContributions() {
        // given
        AccountabilityIndex index = new AccountabilityIndex(data.teamHistory(), AccountabilitySettings.defaults());
        index.rebuild(issues, data.teamHistory(), AccountabilitySettings.defaults());
        List<Interval> periods = new ArrayList<>();
        periods.add(new Interval(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z")));
        for (LocalDate month = LocalDate.parse("2026-01-01"); month.getYear() == 2026; month = month.plusMonths(1)) {
            periods.add(new Interval(
                    month.atStartOfDay().toInstant(ZoneOffset.UTC),
                    month.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }

        int cellsChecked = 0;
        for (Interval period : periods) {
            // when
            ScoreMatrix matrix = index.matrix(period);

            // then each cell is the sum of its drill-down, and n counts the issues
            for (Cell cell : matrix.cells().values()) {
                CellDrillDown drillDown =
                        index.drillDown(cell.key().provider(), cell.key().client(), period);
                Components sum = Components.NONE;
                for (Contribution contribution : drillDown.contributions()) {
                    sum = sum.plus(contribution.components());
                }
                assertThat(sum).isEqualTo(cell.components());
                assertThat(drillDown.contributions()).hasSize(cell.issues());
                assertThat(drillDown.contributions())
                        .extracting(Contribution::issueId)
                        .doesNotHaveDuplicates();
                assertThat(drillDown.cell()).isEqualTo(cell);
                cellsChecked++;
            }
            // and the cells together count each resolved issue once per team that owned it
            long expectedShares = 0;
            for (AccountabilityInput input : issues) {
                IssueAccountability facts =
                        index.facts(input.timeline().issueId()).orElseThrow();
                if (facts.resolvedAt().isPresent()
                        && period.contains(facts.resolvedAt().get())) {
                    expectedShares += facts.providerTeams().stream().distinct().count();
                }
            }
            assertThat(matrix.cells().values().stream().mapToLong(Cell::issues).sum())
                    .isEqualTo(expectedShares);
        }
        assertThat(cellsChecked).isGreaterThan(100);
    }

    @Test
    public void givesTheSameFactsIncrementallyAsInARebuild() {
        // given one index rebuilt at once and one fed issue by issue
        AccountabilityIndex rebuilt = new AccountabilityIndex(data.teamHistory(), AccountabilitySettings.defaults());
        rebuilt.rebuild(issues, data.teamHistory(), AccountabilitySettings.defaults());
        AccountabilityIndex incremental =
                new AccountabilityIndex(data.teamHistory(), AccountabilitySettings.defaults());

        // when
        issues.forEach(incremental::update);

        // then
        Interval all = new Interval(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
        assertThat(incremental.matrix(all)).isEqualTo(rebuilt.matrix(all));
        TeamKey first = SyntheticAccountabilityData.team(0);
        assertThat(incremental.drillDown(first, Optional.of(first), all))
                .isEqualTo(rebuilt.drillDown(first, Optional.of(first), all));
    }
}
