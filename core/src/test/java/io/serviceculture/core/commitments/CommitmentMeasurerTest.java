package io.serviceculture.core.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.serviceculture.core.commitments.IssueContribution.Exclusion;
import io.serviceculture.core.common.InvalidInputException;
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
import io.serviceculture.core.testing.InMemoryTeamOwnedTime;
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
    private final InMemoryTeamOwnedTime ownedTime = new InMemoryTeamOwnedTime();
    private final CommitmentMeasurer measurer = new CommitmentMeasurer(cycles, issues, memberships, kudos, ownedTime);

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
    public void attainmentIsComputedFromTheListedCyclesAndNamesTheIssuesItLeavesOut() {
        // given: the first test's cycles, and issue 7 whose first response carol answered under another standard
        cycle(1, "carol", Metric.FIRST_RESPONSE, "2026-10-05T10:00:00Z", 30, 60);
        cycle(2, "carol", Metric.FIRST_RESPONSE, "2026-10-20T10:00:00Z", 45, 60);
        cycle(3, "carol", Metric.FIRST_RESPONSE, "2026-11-02T10:00:00Z", 90, 60);
        cycle(4, "carol", Metric.FIRST_RESPONSE, "2026-11-10T10:00:00Z", 20, 60);
        cycle(4, "carol", Metric.RESOLUTION, "2026-11-11T10:00:00Z", 900, 480);
        cycle(6, "carol", Metric.FIRST_RESPONSE, "2026-09-30T23:59:00Z", 300, 60);
        cycle(7, "carol", StandardId.of("finance"), Metric.FIRST_RESPONSE, "2026-10-21T10:00:00Z", 10, 60);
        Commitment firstResponse = commitment(new Target.Measured(
                MeasureKind.STANDARD_ATTAINMENT,
                95,
                Direction.AT_LEAST,
                Optional.of(HELP),
                Optional.of(Metric.FIRST_RESPONSE),
                Optional.empty()));

        // when
        MeasurementBasis basis = measurer.basis(firstResponse, NOW);

        // then: four cycles count, 1, 2 and 4 met, 3 breached after 90 of 60 minutes; issue 4's resolution cycle is
        // of another metric but the issue counts already, so it is not listed as left out; issue 6 stopped in
        // September, before the period, and is no candidate; issue 7 is another standard's
        assertThat(basis.counted())
                .containsExactly(
                        IssueContribution.cycle(1, true, 30),
                        IssueContribution.cycle(2, true, 45),
                        IssueContribution.cycle(3, false, 90),
                        IssueContribution.cycle(4, true, 20));
        assertThat(basis.excluded()).containsExactly(IssueContribution.excluded(7, Exclusion.OTHER_STANDARD));
        // and the list adds up to the figure: 3 met of 4 = 75 %, the same as measuring alone
        long met = basis.counted().stream()
                .filter(issue -> issue.verdict() == IssueContribution.Verdict.MET)
                .count();
        assertThat(100.0 * met / basis.counted().size()).isEqualTo(75.0);
        assertThat(basis.measurement().actual().getAsDouble()).isEqualTo(75.0);
        assertThat(basis.measurement()).isEqualTo(measurer.measure(firstResponse, NOW));
    }

    @Test
    public void medianFirstResponseIsTheMiddleOfTheListedCycles() {
        // given: 30, 120 and 45 minutes to first response, and issue 4 with only a resolution cycle
        cycle(1, "carol", Metric.FIRST_RESPONSE, "2026-10-05T10:00:00Z", 30, 240);
        cycle(2, "carol", Metric.FIRST_RESPONSE, "2026-10-06T10:00:00Z", 120, 240);
        cycle(3, "carol", Metric.FIRST_RESPONSE, "2026-10-07T10:00:00Z", 45, 240);
        cycle(4, "carol", Metric.RESOLUTION, "2026-10-08T10:00:00Z", 600, 480);

        // when
        MeasurementBasis basis = measurer.basis(
                commitment(Target.Measured.of(MeasureKind.MEDIAN_FIRST_RESPONSE, 60, Direction.AT_MOST)), NOW);

        // then: the middle of 30, 45, 120 is 45; issue 4 is left out as another metric
        assertThat(basis.counted())
                .extracting(issue -> issue.value().getAsDouble())
                .containsExactly(30.0, 120.0, 45.0);
        assertThat(basis.excluded()).containsExactly(IssueContribution.excluded(4, Exclusion.OTHER_METRIC));
        assertThat(basis.measurement().actual().getAsDouble()).isEqualTo(45.0);
        assertThat(basis.measurement().sample()).isEqualTo(3);
    }

    @Test
    public void resolvedIssuesAreListedWithTheirPartAndTheOthersWithWhyTheyDoNotCount() {
        // given: 11 and 12 as in the hand-off test; 13 carol answered but is still open; 14 she resolved for
        // gina, who is in no team; 15 she resolved on 5 January, after the quarter; now is 10 January
        Instant january = Instant.parse("2026-01-01T00:00:00Z");
        memberships
                .with(MembershipPeriod.open(UserKey.of("alice"), TeamKey.of("team-it"), january))
                .with(MembershipPeriod.open(UserKey.of("frank"), TeamKey.of("team-it"), january))
                .with(MembershipPeriod.open(CAROL, TeamKey.of("team-finance"), january))
                .with(MembershipPeriod.open(UserKey.of("erin"), TeamKey.of("team-sales"), january));
        issues.add(issue(11, "erin", "alice", Instant.parse("2026-10-10T09:00:00Z"), true));
        issues.add(issue(12, "frank", "carol", Instant.parse("2026-10-12T09:00:00Z"), false));
        issues.add(openIssue(13, "erin", Instant.parse("2026-10-13T09:00:00Z")));
        issues.add(issue(14, "gina", "carol", Instant.parse("2026-10-14T09:00:00Z"), false));
        cycle(11, "carol", Metric.RESOLUTION, "2026-10-11T09:00:00Z", 480, 960);
        cycle(12, "carol", Metric.RESOLUTION, "2026-10-13T09:00:00Z", 480, 960);
        cycle(13, "carol", Metric.FIRST_RESPONSE, "2026-10-14T09:00:00Z", 30, 60);
        cycle(14, "carol", Metric.RESOLUTION, "2026-10-15T09:00:00Z", 480, 960);
        cycle(15, "carol", Metric.RESOLUTION, "2027-01-05T09:00:00Z", 480, 960);
        Instant january10 = Instant.parse("2027-01-10T00:00:00Z");
        Commitment forSales = commitment(new Target.Measured(
                MeasureKind.ISSUES_RESOLVED_FOR_CLIENT_TEAM,
                4,
                Direction.AT_LEAST,
                Optional.empty(),
                Optional.empty(),
                Optional.of(TeamKey.of("team-sales"))));
        Commitment handOffs =
                commitment(Target.Measured.of(MeasureKind.HANDOFFS_PER_RESOLVED_ISSUE, 0.5, Direction.AT_MOST));

        // when
        MeasurementBasis sales = measurer.basis(forSales, january10);
        MeasurementBasis perIssue = measurer.basis(handOffs, january10);

        // then: only 11 was for sales; 12 was for team-it, 14 for no team, 13 is open, 15 stopped too late
        assertThat(sales.issues())
                .containsExactly(
                        IssueContribution.counted(11, 1),
                        IssueContribution.excluded(12, Exclusion.OTHER_CLIENT_TEAM),
                        IssueContribution.excluded(14, Exclusion.NO_CLIENT_TEAM),
                        IssueContribution.excluded(13, Exclusion.STILL_OPEN),
                        IssueContribution.excluded(15, Exclusion.STOPPED_AFTER_PERIOD));
        // and the figure is the one counted issue, over the three carol resolved in the quarter
        assertThat(sales.measurement().actual().getAsDouble()).isEqualTo(1.0);
        assertThat(sales.measurement().sample()).isEqualTo(3);
        // and measuring alone, which reads no history of unresolved issues, gives the same figure
        assertThat(measurer.measure(forSales, january10)).isEqualTo(sales.measurement());
        // then: hand-offs 1 (11), 0 (12), 0 (14) over three issues = 1/3
        assertThat(perIssue.counted())
                .containsExactly(
                        IssueContribution.counted(11, 1),
                        IssueContribution.counted(12, 0),
                        IssueContribution.counted(14, 0));
        assertThat(perIssue.measurement().actual().getAsDouble()).isEqualTo(1.0 / 3);
    }

    @Test
    public void theIssuesBehindAFigureShowOnlyThoseTheViewerMayBrowseAndCountTheRest() {
        // given: three first responses of carol's and one resolution cycle; alice may browse issues 1 and 4 only
        cycle(1, "carol", Metric.FIRST_RESPONSE, "2026-10-05T10:00:00Z", 30, 60);
        cycle(2, "carol", Metric.FIRST_RESPONSE, "2026-10-06T10:00:00Z", 90, 60);
        cycle(3, "carol", Metric.FIRST_RESPONSE, "2026-10-07T10:00:00Z", 45, 60);
        cycle(4, "carol", Metric.RESOLUTION, "2026-10-08T10:00:00Z", 600, 480);
        issues.letBrowse(UserKey.of("alice"), 1).letBrowse(UserKey.of("alice"), 4);
        MeasurementBasis basis = measurer.basis(
                commitment(Target.Measured.of(MeasureKind.MEDIAN_FIRST_RESPONSE, 60, Direction.AT_MOST)), NOW);

        // when
        MeasurementBasis.Visible visible = basis.visibleTo(UserKey.of("alice"), issues);

        // then: issue 1 by name and two she cannot see among the counted; issue 4 by name among those left out
        assertThat(visible.counted()).containsExactly(IssueContribution.cycle(1, true, 30));
        assertThat(visible.hiddenCounted()).isEqualTo(2);
        assertThat(visible.excluded()).containsExactly(IssueContribution.excluded(4, Exclusion.OTHER_METRIC));
        assertThat(visible.hiddenExcluded()).isZero();
        assertThat(visible.measurement().actual().getAsDouble()).isEqualTo(45.0);
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

    @Test
    public void teamOwnedHoursIsTheMeanOverTheIssuesTheTeamServedThatAClockMeasured() {
        // given: this quarter team-it served issue 21 for 2 h 30 min and 22 for 5 h 30 min of working time, and 23,
        // which no standard's resolution clock measured; 24 was resolved in September; team-sales served 25
        ownedTime
                .served("team-it", 21, "2026-10-05T10:00:00Z", Optional.of(Duration.ofMinutes(150)))
                .served("team-it", 22, "2026-10-20T10:00:00Z", Optional.of(Duration.ofMinutes(330)))
                .served("team-it", 23, "2026-11-02T10:00:00Z", Optional.empty())
                .served("team-it", 24, "2026-09-30T10:00:00Z", Optional.of(Duration.ofHours(40)))
                .served("team-sales", 25, "2026-10-07T10:00:00Z", Optional.of(Duration.ofHours(40)))
                .lowConfidenceBelow(5);
        Commitment owned = commitment(ownedHours("team-it", 6));

        // when
        MeasurementBasis basis = measurer.basis(owned, NOW);

        // then: (2.5 + 5.5) / 2 = 4 h, within the 6 h ceiling: progress 1, on track; 2 issues are fewer than the
        // threshold of 5, so the figure is marked; 23 is listed as having no resolution clock
        assertThat(basis.issues())
                .containsExactly(
                        IssueContribution.counted(21, 2.5),
                        IssueContribution.counted(22, 5.5),
                        IssueContribution.excluded(23, Exclusion.NO_RESOLUTION_CLOCK));
        assertThat(basis.measurement().actual().getAsDouble()).isEqualTo(4.0);
        assertThat(basis.measurement().sample()).isEqualTo(2);
        assertThat(basis.measurement().progress().getAsDouble()).isEqualTo(1.0);
        assertThat(basis.measurement().status()).isEqualTo(Status.ON_TRACK);
        assertThat(basis.measurement().lowConfidence()).isTrue();
        // and the period is measured up to now, not to its end
        assertThat(ownedTime.asked()).containsExactly("team-it 2026-10-01T00:00:00Z 2026-11-16T00:00:00Z");
        assertThat(measurer.measure(owned, NOW)).isEqualTo(basis.measurement());
    }

    @Test
    public void teamOwnedHoursAboveTheCeilingIsOffTrackAndConfidentWithEnoughIssues() {
        // given: five issues of 8 working hours each
        for (int day = 11; day <= 15; day++) {
            ownedTime.served("team-it", day, "2026-10-" + day + "T10:00:00Z", Optional.of(Duration.ofHours(8)));
        }
        ownedTime.lowConfidenceBelow(5);

        // when: at most 6 hours
        Measurement measurement = measurer.measure(commitment(ownedHours("team-it", 6)), NOW);

        // then: 8 h against 6: progress 6 / 8 = 0.75, gap 0.25: off track; n = 5 is not below 5
        assertThat(measurement.actual().getAsDouble()).isEqualTo(8.0);
        assertThat(measurement.sample()).isEqualTo(5);
        assertThat(measurement.progress().getAsDouble()).isEqualTo(0.75);
        assertThat(measurement.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(measurement.lowConfidence()).isFalse();
    }

    @Test
    public void teamOwnedHoursWithoutAnyServedIssueHasNoDataYet() {
        Measurement measurement = measurer.measure(commitment(ownedHours("team-it", 6)), NOW);

        assertThat(measurement.actual()).isEmpty();
        assertThat(measurement.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    public void teamOwnedHoursNeedsTheTeam() {
        assertThatThrownBy(() -> Target.Measured.of(MeasureKind.TEAM_OWNED_HOURS, 6, Direction.AT_MOST))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("service-culture.commitments.error.target.owning-team");
    }

    private static Target.Measured ownedHours(String team, double hours) {
        return new Target.Measured(
                MeasureKind.TEAM_OWNED_HOURS,
                hours,
                Direction.AT_MOST,
                Optional.empty(),
                Optional.empty(),
                Optional.of(TeamKey.of(team)));
    }

    private void cycle(long issueId, String assignee, String metric, String stop, long minutes, long goalMinutes) {
        cycle(issueId, assignee, HELP, metric, stop, minutes, goalMinutes);
    }

    private void cycle(
            long issueId,
            String assignee,
            StandardId standard,
            String metric,
            String stop,
            long minutes,
            long goalMinutes) {
        Instant stopAt = Instant.parse(stop);
        cycles.record(List.of(new RecordedCycle(
                new CycleResult(
                        issueId,
                        standard,
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

    private static IssueTimeline openIssue(long id, String reporter, Instant created) {
        return new IssueTimeline(
                id,
                "HELP-" + id,
                new IssueFacts("HELP", "Task", "Medium", Set.of(), Set.of()),
                Optional.of(UserKey.of(reporter)),
                created,
                OPEN,
                Optional.of(CAROL),
                List.of(new IssueEvent.Commented(created.plus(Duration.ofMinutes(30)), Optional.of(CAROL), false)));
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
