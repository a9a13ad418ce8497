package io.serviceculture.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class AttainmentCalculatorTest {
    private static final StandardId SUPPORT = StandardId.of("support");
    private static final StandardId OPS = StandardId.of("ops");

    @Test
    public void countsMetCompletedCyclesOutOfAllCompletedCyclesPerKey() {
        List<CycleResult> cycles = List.of(
                result(1, SUPPORT, 3), // met: 3h of 4h
                result(2, SUPPORT, 4), // met: exactly at the goal
                result(3, SUPPORT, 5), // breached
                result(4, OPS, 6)); // breached

        Map<StandardId, Attainment> byStandard = AttainmentCalculator.byKey(cycles.stream(), CycleResult::standard);

        assertThat(byStandard)
                .containsEntry(SUPPORT, new Attainment(2, 3))
                .containsEntry(OPS, new Attainment(0, 1))
                .hasSize(2);
        assertThat(byStandard.get(SUPPORT).ratio().orElseThrow()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(AttainmentCalculator.overall(cycles.stream())).isEqualTo(new Attainment(2, 4));
    }

    @Test
    public void groupsAnyItemsByAnyKey() {
        Map<Boolean, Attainment> byEvenIssue =
                AttainmentCalculator.byKey(List.of(1, 2, 3, 4, 5).stream(), n -> n % 2 == 0, n -> n > 2);

        assertThat(byEvenIssue).containsEntry(true, new Attainment(1, 2)).containsEntry(false, new Attainment(2, 3));
    }

    @Test
    public void hasNoRatioWithoutCompletedCycles() {
        assertThat(Attainment.none().ratio()).isEmpty();
        assertThat(Attainment.none().plus(new Attainment(1, 2))).isEqualTo(new Attainment(1, 2));
    }

    private static CycleResult result(long issueId, StandardId standard, int hours) {
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        return new CycleResult(
                issueId,
                standard,
                Metric.FIRST_RESPONSE,
                new CompletedCycle(
                        1, start, start.plus(Duration.ofHours(hours)), Duration.ofHours(hours), Duration.ofHours(4)));
    }
}
