package io.serviceculture.core.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueFacts;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.StatusCategory;
import io.serviceculture.core.issues.StatusRef;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.CompletedCycle;
import io.serviceculture.core.standards.CycleResult;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.RecordedCycle;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.testing.CountingKudosStatistics;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.Test;

/**
 * Figures worked out by hand. The period is 2026-Q4 (1 October 2026 to 1 January 2027, 92 days) and "now" is
 * 16 November 00:00 UTC, 46 days in: exactly half of the period has elapsed.
 */
public class CommitmentMeasurerTest {
    private static final Instant NOW = Instant.parse("2026-11-16T00:00:00Z");
    private static final Period Q4 = Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 16));
    private static final UserKey CAROL = UserKey.of("carol");
    private static final StandardId HELP = StandardId.of("help");
    private static final StatusRef OPEN = new StatusRef("1", "Open", StatusCategory.TO_DO);

    private final InMemoryStandardsStore cycles = new InMemoryStandardsStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private final InMemoryMembershipStore memberships = new InMemoryMembershipStore();
    private final CountingKudosStatistics kudos = new CountingKudosStatistics();
    private final CommitmentMeasurer measurer = new CommitmentMeasurer(cycles, issues, memberships, kudos);

    @Test
    public void attainmentCountsOnlyTheOwnersCyclesOfTheMetricThatStoppedInThePeriod() {
        // given: carol's first responses this quarter: 3 met, 1 breached; besides them a breached resolution,
        // bob's breached first response and carol's breached first response of the third quarter
        cycle(1, "carol", Metric.FIRST_RESPONSE, "2026-10-05T10:00:00Z", 30, 60);
        cycle(2, "carol", Metric.FIRST_RESPONSE, "2026-10-20T10:00:00Z", 45, 60);
        cycle(3, "carol", Metric.FIRST_RESPONSE, "2026-11-02T10:00:00Z", 90, 60);
        cycle(4, "carol", Metric.FIRST_RESPONSE, "2026-11-10T10:00:00Z", 20, 60);
        cycle(4, "carol", Metric.RESOLUTION, "2026-11-11T10:00:00Z", 900, 480);
        cycle(5, "bob", Metric.FIRST_RESPONSE, "2026-11-03T10:00:00Z", 300, 60);
        cycle(6, "carol", Metric.FIRST_RESPONSE, "2026-09-30T23:59:00Z", 300, 60);
        Commitment firstResponse = commitment(new Target.Measured(
                MeasureKind.STANDARD_ATTAINMENT,
                95,
                Direction.AT_LEAST,
                Optional.of(HELP),
                Optional.of(Metric.FIRST_RESPONSE),
                Optional.empty()));

        // when
        Measurement measurement = measurer.measure(firstResponse, NOW);

        // then: 3 of 4 = 75 %; progress 75 / 95 = 0.789..., a level, so the gap is 1 - 0.789 = 0.21 > 0.20
        assertThat(measurement.actual().getAsDouble()).isEqualTo(75.0);
        assertThat(measurement.sample()).isEqualTo(4);
        assertThat(measurement.progress().getAsDouble()).isCloseTo(75.0 / 95.0, within(1e-9));
        assertThat(measurement.elapsed()).isEqualTo(0.5);
        assertThat(measurement.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    public void attainmentWithoutAnyCompletedCycleHasNoDataYet() {
        Measurement measurement = measurer.measure(
                commitment(Target.Measured.of(MeasureKind.STANDARD_ATTAINMENT, 95, Direction.AT_LEAST)), NOW);

        assertThat(measurement.actual()).isEmpty();
        assertThat(measurement.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    public void medianFirstResponseOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
        // given: 30, 45, 90 and 120 working minutes
        cycle(1, "carol", Metric.FIRST_RESPONSE, "2026-10-05T10:00:00Z", 30, 240);
        cycle(2, "carol", Metric.FIRST_RESPONSE, "2026-10-06T10:00:00Z", 120, 240);
        cycle(3, "carol", Metric.FIRST_RESPONSE, "2026-10-07T10:00:00Z", 45, 240);
        cycle(4, "carol", Metric.FIRST_RESPONSE, "2026-10-08T10:00:00Z", 90, 240);

        // when: at most 60 minutes
        Measurement measurement = measurer.measure(
                commitment(Target.Measured.of(MeasureKind.MEDIAN_FIRST_RESPONSE, 60, Direction.AT_MOST)), NOW);

        // then: (45 + 90) / 2 = 67.5; a ceiling overshot: progress 60 / 67.5 = 0.889, gap 0.111: at risk
        assertThat(measurement.actual().getAsDouble()).isEqualTo(67.5);
        assertThat(measurement.progress().getAsDouble()).isCloseTo(60 / 67.5, within(1e-9));
        assertThat(measurement.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    public void handOffsAndClientTeamsComeFromTheIssuesTheOwnerResolved() {
        // given: issue 11 went from alice (team-it) to carol (team-finance), reported by erin of team-sales;
        // issue 12 was carol's from the start, reported by frank of team-it; both resolved by carol this quarter
        Instant january = Instant.parse("2026-01-01T00:00:00Z");
        memberships
                .with(MembershipPeriod.open(UserKey.of("alice"), TeamKey.of("team-it"), january))
                .with(MembershipPeriod.open(UserKey.of("frank"), TeamKey.of("team-it"), january))
                .with(MembershipPeriod.open(CAROL, TeamKey.of("team-finance"), january))
                .with(MembershipPeriod.open(UserKey.of("erin"), TeamKey.of("team-sales"), january));
        issues.add(issue(11, "erin", "alice", Instant.parse("2026-10-10T09:00:00Z"), true));
        issues.add(issue(12, "frank", "carol", Instant.parse("2026-10-12T09:00:00Z"), false));
        cycle(11, "carol", Metric.RESOLUTION, "2026-10-11T09:00:00Z", 480, 960);
        cycle(12, "carol", Metric.RESOLUTION, "2026-10-13T09:00:00Z", 480, 960);

        // when
        Measurement handOffs = measurer.measure(
                commitment(Target.Measured.of(MeasureKind.HANDOFFS_PER_RESOLVED_ISSUE, 0.5, Direction.AT_MOST)), NOW);
        Measurement forSales = measurer.measure(
                commitment(new Target.Measured(
                        MeasureKind.ISSUES_RESOLVED_FOR_CLIENT_TEAM,
                        4,
                        Direction.AT_LEAST,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(TeamKey.of("team-sales")))),
                NOW);

        // then: 1 hand-off over 2 issues = 0.5, within the ceiling; 1 issue of 4 for sales: 0.25 against the
        // 0.5 elapsed, gap 0.25: off track
        assertThat(handOffs.actual().getAsDouble()).isEqualTo(0.5);
        assertThat(handOffs.sample()).isEqualTo(2);
        assertThat(handOffs.status()).isEqualTo(Status.ON_TRACK);
        assertThat(forSales.actual().getAsDouble()).isEqualTo(1.0);
        assertThat(forSales.progress().getAsDouble()).isEqualTo(0.25);
        assertThat(forSales.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    public void kudosGivenAreCountedUpToNowAndJudgedAgainstTheTimeElapsed() {
        // given: three this quarter, one in September
        kudos.gave("carol", "2026-10-02T10:00:00Z")
                .gave("carol", "2026-10-30T10:00:00Z")
                .gave("carol", "2026-11-15T23:59:59Z")
                .gave("carol", "2026-09-29T10:00:00Z")
                .gave("bob", "2026-10-29T10:00:00Z");

        // when: six this quarter
        Measurement measurement =
                measurer.measure(commitment(Target.Measured.of(MeasureKind.KUDOS_GIVEN, 6, Direction.AT_LEAST)), NOW);

        // then: 3 of 6 = 0.5 at half time: on track
        assertThat(measurement.actual().getAsDouble()).isEqualTo(3.0);
        assertThat(measurement.progress().getAsDouble()).isEqualTo(0.5);
        assertThat(measurement.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    public void milestoneProgressIsTheLatestReportedInACheckIn() {
        // given: 40 % reported, then a note without progress
        Commitment milestones = withCheckIns(
                commitment(new Target.Milestones(List.of("Runbook drafted", "Runbook reviewed"))),
                new CheckIn(CAROL, Instant.parse("2026-10-20T10:00:00Z"), "Drafted", OptionalInt.of(40)),
                new CheckIn(CAROL, Instant.parse("2026-11-01T10:00:00Z"), "Waiting for review", OptionalInt.empty()));

        // when
        Measurement measurement = measurer.measure(milestones, NOW);

        // then: 0.4 against 0.5 elapsed, gap 0.1: at risk
        assertThat(measurement.progress().getAsDouble()).isEqualTo(0.4);
        assertThat(measurement.sample()).isEqualTo(2);
        assertThat(measurement.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    public void aCountIsOnTrackBeforeItsPeriodBegins() {
        Measurement measurement = measurer.measure(
                commitment(Target.Measured.of(MeasureKind.KUDOS_GIVEN, 6, Direction.AT_LEAST)),
                Instant.parse("2026-09-01T00:00:00Z"));

        assertThat(measurement.elapsed()).isZero();
        assertThat(measurement.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    public void statusThresholdsAreInclusiveAtFiveAndTwentyPoints() {
        assertThat(Measurement.of(empty(), 0, of(0.95), 1.0, false).status()).isEqualTo(Status.ON_TRACK);
        assertThat(Measurement.of(empty(), 0, of(0.949), 1.0, false).status()).isEqualTo(Status.AT_RISK);
        assertThat(Measurement.of(empty(), 0, of(0.80), 1.0, false).status()).isEqualTo(Status.AT_RISK);
        assertThat(Measurement.of(empty(), 0, of(0.79), 1.0, false).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(Measurement.of(empty(), 0, of(0.30), 0.25, true).status()).isEqualTo(Status.ON_TRACK);
    }

    private static java.util.OptionalDouble of(double value) {
        return java.util.OptionalDouble.of(value);
    }

    private static java.util.OptionalDouble empty() {
        return java.util.OptionalDouble.empty();
    }

    private void cycle(long issueId, String assignee, String metric, String stop, long minutes, long goalMinutes) {
        Instant stopAt = Instant.parse(stop);
        cycles.record(List.of(new RecordedCycle(
                new CycleResult(
                        issueId,
                        HELP,
                        metric,
                        new CompletedCycle(
                                1,
                                stopAt.minus(Duration.ofMinutes(minutes)),
                                stopAt,
                                Duration.ofMinutes(minutes),
                                Duration.ofMinutes(goalMinutes))),
                "HELP",
                Optional.of(UserKey.of(assignee)),
                Optional.empty())));
    }

    private static IssueTimeline issue(
            long id, String reporter, String firstAssignee, Instant created, boolean toCarol) {
        Instant resolved = created.plus(Duration.ofDays(1));
        List<IssueEvent> events = new java.util.ArrayList<>();
        if (toCarol) {
            events.add(new IssueEvent.AssigneeChanged(
                    created.plus(Duration.ofHours(2)),
                    Optional.of(UserKey.of(firstAssignee)),
                    Optional.of(UserKey.of(firstAssignee)),
                    Optional.of(CAROL)));
        }
        events.add(new IssueEvent.ResolutionSet(resolved, Optional.of(CAROL), "Fixed"));
        return new IssueTimeline(
                id,
                "HELP-" + id,
                new IssueFacts("HELP", "Task", "Medium", Set.of(), Set.of()),
                Optional.of(UserKey.of(reporter)),
                created,
                OPEN,
                Optional.of(UserKey.of(firstAssignee)),
                events);
    }

    private static Commitment commitment(Target target) {
        return new Commitment(
                1,
                CAROL,
                Q4,
                "A commitment",
                target,
                CommitmentVisibility.PRIVATE,
                1,
                CAROL,
                Instant.parse("2026-10-01T09:00:00Z"),
                Optional.empty(),
                List.of());
    }

    private static Commitment withCheckIns(Commitment commitment, CheckIn... checkIns) {
        return new Commitment(
                commitment.id(),
                commitment.owner(),
                commitment.period(),
                commitment.text(),
                commitment.target(),
                commitment.visibility(),
                commitment.revision(),
                commitment.updatedBy(),
                commitment.updatedAt(),
                commitment.signOff(),
                List.of(checkIns));
    }
}
