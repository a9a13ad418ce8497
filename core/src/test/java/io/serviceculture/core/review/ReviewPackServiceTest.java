package io.serviceculture.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.commitments.CommitmentDraft;
import io.serviceculture.core.commitments.CommitmentMeasurer;
import io.serviceculture.core.commitments.CommitmentService;
import io.serviceculture.core.commitments.CommitmentVisibility;
import io.serviceculture.core.commitments.Direction;
import io.serviceculture.core.commitments.IssueContribution;
import io.serviceculture.core.commitments.MeasureKind;
import io.serviceculture.core.commitments.MeasuredCommitment;
import io.serviceculture.core.commitments.Period;
import io.serviceculture.core.commitments.PeriodKind;
import io.serviceculture.core.commitments.Target;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.CompletedCycle;
import io.serviceculture.core.standards.CycleResult;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.RecordedCycle;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.core.testing.CountingKudosStatistics;
import io.serviceculture.core.testing.InMemoryCommitmentPeople;
import io.serviceculture.core.testing.InMemoryCommitmentStore;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryKudosExport;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import io.serviceculture.core.testing.InMemoryTeamOwnedTime;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.Before;
import org.junit.Test;

/**
 * Alice manages Zoë Łukasiewicz-Öztürk; hanna is HR; erin is a colleague; admin is a Jira admin and nothing more.
 * Zoë has a Q4 commitment (signed off, one check-in) and a Q2 one; she received a public and a private kudos in Q4,
 * a public one in Q2, and one that was hidden.
 */
public class ReviewPackServiceTest {
    private static final UserKey ALICE = UserKey.of("alice");
    private static final UserKey ZOE = UserKey.of("zoe");
    private static final UserKey HANNA = UserKey.of("hanna");
    private static final UserKey ERIN = UserKey.of("erin");
    private static final UserKey ADMIN = UserKey.of("admin");
    private static final Interval Q4 =
            new Interval(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

    private final MutableClock clock = MutableClock.at("2026-11-16T00:00:00Z");
    private final InMemoryCommitmentStore store = new InMemoryCommitmentStore();
    private final InMemoryCommitmentPeople people = new InMemoryCommitmentPeople()
            .person("alice", "Alice Archer")
            .person("zoe", "Zoë Łukasiewicz-Öztürk")
            .person("hanna", "Hanna Reyes")
            .person("erin", "Erin Eng")
            .person("admin", "Ada Admin")
            .manages("alice", "zoe")
            .hr("hanna");
    private final InMemoryKudosExport kudos = new InMemoryKudosExport();
    private final InMemoryStandardsStore cycles = new InMemoryStandardsStore();
    private final InMemoryIssues issues = new InMemoryIssues();
    private final CommitmentService commitments = new CommitmentService(
            store,
            people,
            new CommitmentMeasurer(
                    cycles,
                    issues,
                    new InMemoryMembershipStore(),
                    new CountingKudosStatistics(),
                    new InMemoryTeamOwnedTime()),
            (commitment, by) -> {},
            clock);
    private final ReviewPackService service = new ReviewPackService(commitments, people, kudos, issues);
    private long q4Commitment;

    @Before
    public void setUp() {
        q4Commitment = commitments
                .create(ZOE, draft(Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 1)), "Close the loop"))
                .commitment()
                .id();
        commitments.signOff(ALICE, q4Commitment);
        commitments.checkIn(ZOE, q4Commitment, "Halfway there", OptionalInt.of(50));
        commitments.create(ZOE, draft(Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 5, 1)), "Old one"));
        kudos.add(ERIN, List.of(Receiver.person(ZOE)), "own-it", Visibility.PUBLIC, at("2026-10-05"), "Thanks");
        kudos.add(ALICE, List.of(Receiver.person(ZOE)), "help", Visibility.PRIVATE, at("2026-11-02"), "Quietly");
        kudos.add(ERIN, List.of(Receiver.person(ZOE)), "help", Visibility.PUBLIC, at("2026-05-02"), "Old");
        Kudos hidden =
                kudos.add(ERIN, List.of(Receiver.person(ZOE)), "help", Visibility.PUBLIC, at("2026-11-03"), "Oops");
        kudos.hide(hidden.id(), HANNA, at("2026-11-04"));
    }

    @Test
    public void givesThePersonTheirPeriodsCommitmentsWithSignOffAndCheckIns() {
        ReviewPack pack = service.build(ZOE, false, ZOE, Q4);

        assertThat(pack.person().displayName()).isEqualTo("Zoë Łukasiewicz-Öztürk");
        assertThat(pack.commitments()).hasSize(1);
        MeasuredCommitment q4 = pack.commitments().get(0).commitment();
        assertThat(q4.commitment().text()).isEqualTo("Close the loop");
        assertThat(q4.commitment().currentSignOff())
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Alice Archer"));
        assertThat(q4.commitment().checkIns()).singleElement().satisfies(c -> assertThat(c.note())
                .isEqualTo("Halfway there"));
    }

    @Test
    public void namesTheIssuesBehindAFigureOnlyToAViewerWhoMayBrowseThem() {
        // given: Zoë's attainment commitment; her first responses on issues 1 (met) and 2 (breached) stopped in the
        // quarter, and issue 3 had only a resolution cycle; Zoë may browse all three, Alice only 1 and 3
        commitments.create(
                ZOE,
                new CommitmentDraft(
                        ZOE,
                        Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 1)),
                        "Answer fast",
                        new Target.Measured(
                                MeasureKind.STANDARD_ATTAINMENT,
                                90,
                                Direction.AT_LEAST,
                                Optional.empty(),
                                Optional.of(Metric.FIRST_RESPONSE),
                                Optional.empty()),
                        CommitmentVisibility.PRIVATE));
        cycle(1, Metric.FIRST_RESPONSE, "2026-10-05T10:00:00Z", 30);
        cycle(2, Metric.FIRST_RESPONSE, "2026-10-06T10:00:00Z", 90);
        cycle(3, Metric.RESOLUTION, "2026-10-07T10:00:00Z", 30);
        for (long issue = 1; issue <= 3; issue++) {
            issues.letBrowse(ZOE, issue);
        }
        issues.letBrowse(ALICE, 1).letBrowse(ALICE, 3);

        // when
        ReviewPack.Reviewed zoes = answerFast(service.build(ZOE, false, ZOE, Q4));
        ReviewPack.Reviewed alices = answerFast(service.build(ALICE, false, ZOE, Q4));

        // then: 1 of 2 met, 50 %, for both; Zoë sees both counted issues by name, Alice one and "1 you cannot see"
        assertThat(zoes.commitment().measurement().actual().getAsDouble()).isEqualTo(50.0);
        assertThat(zoes.issues().counted())
                .containsExactly(IssueContribution.cycle(1, true, 30), IssueContribution.cycle(2, false, 90));
        assertThat(zoes.issues().hiddenCounted()).isZero();
        assertThat(alices.commitment().measurement().actual().getAsDouble()).isEqualTo(50.0);
        assertThat(alices.issues().counted()).containsExactly(IssueContribution.cycle(1, true, 30));
        assertThat(alices.issues().hiddenCounted()).isEqualTo(1);
        assertThat(alices.issues().excluded())
                .containsExactly(IssueContribution.excluded(3, IssueContribution.Exclusion.OTHER_METRIC));
    }

    @Test
    public void listsTheVisibleKudosOfThePeriodPrivateOnesIncludedForTheManager() {
        ReviewPack pack = service.build(ALICE, false, ZOE, Q4);

        assertThat(pack.kudosReceived()).extracting(Kudos::message).containsExactly("Thanks", "Quietly");
        assertThat(pack.moreKudos()).isFalse();
    }

    @Test
    public void showsAnAdminOutsideHrOnlyThePublicKudos() {
        ReviewPack pack = service.build(ADMIN, true, ZOE, Q4);

        assertThat(pack.kudosReceived()).extracting(Kudos::message).containsExactly("Thanks");
    }

    @Test
    public void letsHrOpenAnyonesPack() {
        assertThat(service.build(HANNA, false, ZOE, Q4).kudosReceived()).hasSize(2);
    }

    @Test
    public void tellsAColleagueThePackDoesNotExist() {
        assertThatThrownBy(() -> service.build(ERIN, false, ZOE, Q4))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("service-culture.review.error.not-found");
    }

    @Test
    public void listsAtMostTheCapAndSaysThereAreMore() {
        for (int i = 0; i < ReviewPackService.MAX_KUDOS; i++) {
            kudos.add(ERIN, List.of(Receiver.person(ZOE)), "own-it", Visibility.PUBLIC, at("2026-12-01"), "More " + i);
        }

        ReviewPack pack = service.build(ZOE, false, ZOE, Q4);

        assertThat(pack.kudosReceived()).hasSize(ReviewPackService.MAX_KUDOS);
        assertThat(pack.moreKudos()).isTrue();
    }

    private static ReviewPack.Reviewed answerFast(ReviewPack pack) {
        return pack.commitments().stream()
                .filter(reviewed -> reviewed.commitment().commitment().text().equals("Answer fast"))
                .findFirst()
                .orElseThrow();
    }

    private void cycle(long issueId, String metric, String stop, long minutes) {
        Instant stopAt = Instant.parse(stop);
        cycles.record(List.of(new RecordedCycle(
                new CycleResult(
                        issueId,
                        StandardId.of("help"),
                        metric,
                        new CompletedCycle(
                                1,
                                stopAt.minus(Duration.ofMinutes(minutes)),
                                stopAt,
                                Duration.ofMinutes(minutes),
                                Duration.ofMinutes(60))),
                "HELP",
                Optional.of(ZOE),
                Optional.empty())));
    }

    private static CommitmentDraft draft(Period period, String text) {
        return new CommitmentDraft(
                ZOE, period, text, new Target.Milestones(List.of("Done")), CommitmentVisibility.PRIVATE);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }
}
