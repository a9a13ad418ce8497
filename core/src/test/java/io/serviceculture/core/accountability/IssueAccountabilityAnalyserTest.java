package io.serviceculture.core.accountability;

import static io.serviceculture.core.accountability.TimelineBuilder.issue;
import static io.serviceculture.core.accountability.TimelineBuilder.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.Test;

/**
 * Teams in these tests: support = ana, sam; infra = ian, ida; billing = bea (also in support, with billing as
 * her primary team); rita reports for sales. ana moves from support to infra on 2026-03-10. ghost is a
 * deleted user with no periods.
 */
public class IssueAccountabilityAnalyserTest {
    private static final TeamKey SUPPORT = TeamKey.of("support");
    private static final TeamKey INFRA = TeamKey.of("infra");
    private static final TeamKey BILLING = TeamKey.of("billing");
    private static final TeamKey SALES = TeamKey.of("sales");
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant ANA_MOVES = Instant.parse("2026-03-10T00:00:00Z");

    private final TeamHistory teams = TeamHistory.of(
            List.of(
                    MembershipPeriod.closed(u("ana"), SUPPORT, EPOCH, ANA_MOVES),
                    MembershipPeriod.open(u("ana"), INFRA, ANA_MOVES),
                    MembershipPeriod.open(u("sam"), SUPPORT, EPOCH),
                    MembershipPeriod.open(u("ian"), INFRA, EPOCH),
                    MembershipPeriod.open(u("ida"), INFRA, EPOCH),
                    MembershipPeriod.open(u("bea"), BILLING, EPOCH),
                    MembershipPeriod.open(u("bea"), SUPPORT, EPOCH),
                    MembershipPeriod.open(u("rita"), SALES, EPOCH)),
            Map.of(u("bea"), BILLING));

    private final IssueAccountabilityAnalyser analyser = new IssueAccountabilityAnalyser(Duration.ofDays(14));

    private static UserKey u(String key) {
        return UserKey.of(key);
    }

    private IssueAccountability analyse(TimelineBuilder builder) {
        return analyser.analyse(builder.input(), teams);
    }

    private static TimelineBuilder fromSales() {
        return issue(1, "SUP-1").reportedBy("rita").createdAt("2026-03-02T09:00:00Z");
    }

    @Test
    public void ownsEndToEndWhenOneTeamTakesAndResolvesTheIssue() {
        // when sam takes it for support and resolves it
        IssueAccountability facts =
                analyse(fromSales().assign("2026-03-02T10:00:00Z", "sam").resolve("2026-03-03T10:00:00Z"));

        // then
        assertThat(facts.clientTeam()).contains(SALES);
        assertThat(facts.providerTeams()).containsExactly(SUPPORT);
        assertThat(facts.handOffs()).isEmpty();
        assertThat(facts.resolvingTeam()).contains(SUPPORT);
        assertThat(facts.endToEnd()).isTrue();
        assertThat(facts.contributions()).singleElement().satisfies(c -> {
            assertThat(c.provider()).isEqualTo(SUPPORT);
            assertThat(c.client()).contains(SALES);
            assertThat(c.components().ownership()).isEqualTo(Fraction.of(1, 1));
            assertThat(c.components().reopens()).isEqualTo(Fraction.of(0, 1));
        });
    }

    @Test
    public void skipsAnUnassignedGapBackToTheSameTeam() {
        // when support → unassigned → support (another member)
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .unassign("2026-03-02T11:00:00Z")
                .assign("2026-03-02T12:00:00Z", "bea") // bea's primary team is billing, not support
                .unassign("2026-03-02T13:00:00Z")
                .assign("2026-03-02T14:00:00Z", "sam")
                .resolve("2026-03-02T15:00:00Z"));

        // then the gaps are no hand-offs, but bea took it for billing: support → billing → support
        assertThat(facts.providerTeams()).containsExactly(SUPPORT, BILLING, SUPPORT);
        assertThat(facts.handOffs())
                .containsExactly(
                        new HandOff(SUPPORT, BILLING, time("2026-03-02T12:00:00Z"), false),
                        new HandOff(BILLING, SUPPORT, time("2026-03-02T14:00:00Z"), true));
    }

    @Test
    public void countsAnUnassignedGapIntoAnotherTeamAsOneHandOff() {
        // when support → unassigned → infra
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .unassign("2026-03-02T11:00:00Z")
                .assign("2026-03-02T12:00:00Z", "ian")
                .resolve("2026-03-02T15:00:00Z"));

        // then
        assertThat(facts.handOffs()).containsExactly(new HandOff(SUPPORT, INFRA, time("2026-03-02T12:00:00Z"), false));
        assertThat(facts.pingPongs()).isZero();
        assertThat(facts.endToEnd()).isFalse();
        assertThat(facts.resolvingTeam()).contains(INFRA);
    }

    @Test
    public void keepsTheIssueWithinATeamWhenTheAssigneeChangesInsideIt() {
        // when ian hands it to ida, both in infra, then back through an unassigned gap
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "ian")
                .assign("2026-03-02T11:00:00Z", "ida")
                .unassign("2026-03-02T12:00:00Z")
                .assign("2026-03-02T13:00:00Z", "ian")
                .resolve("2026-03-02T15:00:00Z"));

        // then
        assertThat(facts.providerTeams()).containsExactly(INFRA);
        assertThat(facts.handOffs()).isEmpty();
        assertThat(facts.endToEnd()).isTrue();
    }

    @Test
    public void marksAHandOffBackToATeamTheIssueLeftAsPingPong() {
        // when support → infra → support → infra
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .assign("2026-03-02T11:00:00Z", "ian")
                .assign("2026-03-02T12:00:00Z", "sam")
                .assign("2026-03-02T13:00:00Z", "ida")
                .resolve("2026-03-02T15:00:00Z"));

        // then three hand-offs, the last two into teams already left
        assertThat(facts.handOffs()).extracting(HandOff::pingPong).containsExactly(false, true, true);
        assertThat(facts.pingPongs()).isEqualTo(2);
        assertThat(facts.chain()).isEqualTo("support→infra→support→infra");
        assertThat(facts.owningTeams()).containsExactly(SUPPORT, INFRA);
        assertThat(facts.contributions()).extracting(Contribution::provider).containsExactly(SUPPORT, INFRA);
        assertThat(facts.contributions())
                .allSatisfy(c -> assertThat(c.components().ownership()).isEqualTo(Fraction.of(0, 1)));
    }

    @Test
    public void attributesAPersonInTwoTeamsToTheirPrimaryTeam() {
        // when bea (billing and support, primary billing) takes the issue from sam
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .assign("2026-03-02T11:00:00Z", "bea")
                .resolve("2026-03-02T15:00:00Z"));

        // then it crossed from support to billing
        assertThat(facts.handOffs())
                .containsExactly(new HandOff(SUPPORT, BILLING, time("2026-03-02T11:00:00Z"), false));
        assertThat(facts.resolvingTeam()).contains(BILLING);
    }

    @Test
    public void leavesTheIssueWithTheTeamThatTookItWhenTheAssigneeMovesTeam() {
        // when ana takes it for support on 2026-03-05, moves to infra on 2026-03-10 and resolves it on the 12th
        IssueAccountability facts =
                analyse(fromSales().assign("2026-03-05T10:00:00Z", "ana").resolve("2026-03-12T10:00:00Z"));

        // then support took and resolved it: the move is no hand-off
        assertThat(facts.providerTeams()).containsExactly(SUPPORT);
        assertThat(facts.resolvingTeam()).contains(SUPPORT);
        assertThat(facts.endToEnd()).isTrue();
    }

    @Test
    public void seesAHandOffWhenAMovedAssigneePassesTheIssueToTheirNewTeam() {
        // when ana took it for support, moved to infra, and then gave it to ian in infra
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-05T10:00:00Z", "ana")
                .assign("2026-03-11T10:00:00Z", "ian")
                .resolve("2026-03-12T10:00:00Z"));

        // then the work crossed from support to infra
        assertThat(facts.handOffs()).containsExactly(new HandOff(SUPPORT, INFRA, time("2026-03-11T10:00:00Z"), false));
    }

    @Test
    public void skipsAssigneesInNoTeamLikeDeletedUsers() {
        // when support → ghost (deleted, no periods) → support, and another issue only ever with ghost
        IssueAccountability bounced = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .assign("2026-03-02T11:00:00Z", "ghost")
                .assign("2026-03-02T12:00:00Z", "sam")
                .resolve("2026-03-02T15:00:00Z"));
        IssueAccountability orphan = analyse(issue(2, "SUP-2")
                .reportedBy("ghost")
                .assignedAtCreationTo("ghost")
                .resolve("2026-03-02T15:00:00Z"));

        // then
        assertThat(bounced.handOffs()).isEmpty();
        assertThat(bounced.endToEnd()).isTrue();
        assertThat(orphan.providerTeams()).isEmpty();
        assertThat(orphan.clientTeam()).isEmpty();
        assertThat(orphan.resolvingTeam()).isEmpty();
        assertThat(orphan.endToEnd()).isFalse();
        assertThat(orphan.contributions()).isEmpty();
    }

    @Test
    public void countsAResolutionClearedWithinTheWindowAsAReopen() {
        // when resolved on 03-03 and reopened 13 days later, then resolved for good
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .resolve("2026-03-03T10:00:00Z")
                .clearResolution("2026-03-16T10:00:00Z")
                .resolve("2026-03-17T10:00:00Z"));

        // then
        assertThat(facts.reopens()).isEqualTo(1);
        assertThat(facts.resolvedAt()).contains(time("2026-03-17T10:00:00Z"));
        assertThat(facts.contributions().get(0).components().reopens()).isEqualTo(Fraction.of(1, 2));
    }

    @Test
    public void doesNotCountAResolutionClearedAfterTheWindow() {
        // when reopened 15 days after the resolution
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .resolve("2026-03-03T10:00:00Z")
                .clearResolution("2026-03-18T10:00:00Z")
                .resolve("2026-03-19T10:00:00Z"));

        // then two resolutions, no reopen
        assertThat(facts.reopens()).isZero();
        assertThat(facts.contributions().get(0).components().reopens()).isEqualTo(Fraction.of(0, 2));
    }

    @Test
    public void countsAReopenExactlyAtTheEndOfTheWindow() {
        // when cleared exactly 14 days after the resolution
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .resolve("2026-03-03T10:00:00Z")
                .clearResolution("2026-03-17T10:00:00Z"));

        // then it is a reopen, and the issue, open again, counts in no cell yet
        assertThat(facts.reopens()).isEqualTo(1);
        assertThat(facts.resolvedAt()).isEmpty();
        assertThat(facts.contributions()).isEmpty();
    }

    @Test
    public void usesTheConfiguredReopenWindow() {
        // given a window of 20 days
        IssueAccountabilityAnalyser lenient = new IssueAccountabilityAnalyser(Duration.ofDays(20));

        // when reopened after 15 days
        IssueAccountability facts = lenient.analyse(
                fromSales()
                        .assign("2026-03-02T10:00:00Z", "sam")
                        .resolve("2026-03-03T10:00:00Z")
                        .clearResolution("2026-03-18T10:00:00Z")
                        .resolve("2026-03-19T10:00:00Z")
                        .input(),
                teams);

        // then
        assertThat(facts.reopens()).isEqualTo(1);
    }

    @Test
    public void chargesTheReopenToTheTeamWhoseResolutionWasReopened() {
        // when support resolves, the client reopens within a week, infra takes it and resolves it
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .resolve("2026-03-03T10:00:00Z")
                .clearResolution("2026-03-05T10:00:00Z")
                .assign("2026-03-05T11:00:00Z", "ian")
                .resolve("2026-03-06T10:00:00Z"));

        // then
        assertThat(facts.resolutions())
                .extracting(Resolution::team, Resolution::reopen)
                .containsExactly(tuple(Optional.of(SUPPORT), true), tuple(Optional.of(INFRA), false));
        assertThat(facts.contributions())
                .extracting(c -> c.components().reopens())
                .containsExactly(Fraction.of(1, 1), Fraction.of(0, 1));
    }

    @Test
    public void treatsAChangeOfResolutionAsTheSameResolution() {
        // when the resolution changes from Duplicate to Fixed without being cleared
        IssueAccountability facts = analyse(fromSales()
                .assign("2026-03-02T10:00:00Z", "sam")
                .resolve("2026-03-03T10:00:00Z", "Duplicate")
                .resolve("2026-03-04T10:00:00Z", "Fixed"));

        // then
        assertThat(facts.resolutions()).hasSize(1);
        assertThat(facts.resolvedAt()).contains(time("2026-03-03T10:00:00Z"));
    }

    @Test
    public void sharesAttainmentAndRatingWithEveryTeamThatOwnedTheIssue() {
        // given a handed-off issue with 1 of 2 cycles met and a rating of 4
        AccountabilityInput input = new AccountabilityInput(
                fromSales()
                        .assign("2026-03-02T10:00:00Z", "sam")
                        .assign("2026-03-02T11:00:00Z", "ian")
                        .resolve("2026-03-02T15:00:00Z")
                        .build(),
                Optional.of(new StandardAttainment(1, 2)),
                OptionalInt.of(4));

        // when
        IssueAccountability facts = analyser.analyse(input, teams);

        // then rating 4 is 3 points of 4
        assertThat(facts.contributions()).hasSize(2).allSatisfy(c -> {
            assertThat(c.components().attainment()).isEqualTo(Fraction.of(1, 2));
            assertThat(c.components().rating()).isEqualTo(Fraction.of(3, 4));
        });
        assertThat(facts.contributions())
                .extracting(c -> c.components().reopens())
                .containsExactly(Fraction.NONE, Fraction.of(0, 1));
    }

    @Test
    public void countsNothingForAnIssueThatIsStillOpen() {
        // when
        IssueAccountability facts = analyse(fromSales().assign("2026-03-02T10:00:00Z", "sam"));

        // then
        assertThat(facts.providerTeams()).containsExactly(SUPPORT);
        assertThat(facts.resolvedAt()).isEmpty();
        assertThat(facts.endToEnd()).isFalse();
        assertThat(facts.contributions()).isEmpty();
    }

    @Test
    public void takesTheClientTeamFromTheReporterWhenTheIssueWasCreated() {
        // when ana reports an issue on 03-05 (in support) that is resolved after she moved to infra
        IssueAccountability facts = analyse(issue(3, "SUP-3")
                .reportedBy("ana")
                .createdAt("2026-03-05T09:00:00Z")
                .assign("2026-03-05T10:00:00Z", "ian")
                .resolve("2026-03-12T10:00:00Z"));

        // then
        assertThat(facts.clientTeam()).contains(SUPPORT);
    }
}
