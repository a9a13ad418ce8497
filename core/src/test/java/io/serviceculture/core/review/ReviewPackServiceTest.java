package io.serviceculture.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.commitments.CommitmentDraft;
import io.serviceculture.core.commitments.CommitmentMeasurer;
import io.serviceculture.core.commitments.CommitmentService;
import io.serviceculture.core.commitments.CommitmentVisibility;
import io.serviceculture.core.commitments.MeasuredCommitment;
import io.serviceculture.core.commitments.Period;
import io.serviceculture.core.commitments.PeriodKind;
import io.serviceculture.core.commitments.Target;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.CountingKudosStatistics;
import io.serviceculture.core.testing.InMemoryCommitmentPeople;
import io.serviceculture.core.testing.InMemoryCommitmentStore;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryKudosExport;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import io.serviceculture.core.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
    private final CommitmentService commitments = new CommitmentService(
            store,
            people,
            new CommitmentMeasurer(
                    new InMemoryStandardsStore(),
                    new InMemoryIssues(),
                    new InMemoryMembershipStore(),
                    new CountingKudosStatistics()),
            (commitment, by) -> {},
            clock);
    private final ReviewPackService service = new ReviewPackService(commitments, people, kudos);
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
        MeasuredCommitment q4 = pack.commitments().get(0);
        assertThat(q4.commitment().text()).isEqualTo("Close the loop");
        assertThat(q4.commitment().currentSignOff())
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Alice Archer"));
        assertThat(q4.commitment().checkIns()).singleElement().satisfies(c -> assertThat(c.note())
                .isEqualTo("Halfway there"));
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

    private static CommitmentDraft draft(Period period, String text) {
        return new CommitmentDraft(
                ZOE, period, text, new Target.Milestones(List.of("Done")), CommitmentVisibility.PRIVATE);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }
}
