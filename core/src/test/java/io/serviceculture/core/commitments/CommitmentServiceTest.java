package io.serviceculture.core.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.CountingKudosStatistics;
import io.serviceculture.core.testing.InMemoryCommitmentPeople;
import io.serviceculture.core.testing.InMemoryCommitmentStore;
import io.serviceculture.core.testing.InMemoryIssues;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.core.testing.InMemoryStandardsStore;
import io.serviceculture.core.testing.InMemoryTeamOwnedTime;
import io.serviceculture.core.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.Test;

/** Alice manages carol; hanna is HR; erin shares carol's team; admin is a Jira admin and nothing more. */
public class CommitmentServiceTest {
    private static final UserKey ALICE = UserKey.of("alice");
    private static final UserKey CAROL = UserKey.of("carol");
    private static final UserKey HANNA = UserKey.of("hanna");
    private static final UserKey ERIN = UserKey.of("erin");
    private static final UserKey ADMIN = UserKey.of("admin");

    private final MutableClock clock = MutableClock.at("2026-11-16T00:00:00Z");
    private final InMemoryCommitmentStore store = new InMemoryCommitmentStore();
    private final InMemoryCommitmentPeople people = new InMemoryCommitmentPeople()
            .person("alice", "Alice Archer")
            .person("carol", "Carol Clerk")
            .person("hanna", "Hanna Reyes")
            .person("erin", "Erin Eng")
            .person("admin", "Ada Admin")
            .manages("alice", "carol")
            .hr("hanna")
            .inTeam("carol", "team-finance")
            .inTeam("erin", "team-finance");
    private final List<String> audited = new ArrayList<>();
    private final CommitmentService service = new CommitmentService(
            store,
            people,
            new CommitmentMeasurer(
                    new InMemoryStandardsStore(),
                    new InMemoryIssues(),
                    new InMemoryMembershipStore(),
                    new CountingKudosStatistics(),
                    new InMemoryTeamOwnedTime()),
            (commitment, by) -> audited.add(commitment.id() + " by " + by),
            clock);

    @Test
    public void theOwnerAndTheirManagerAddCommitmentsAndNobodyElseDoes() {
        long own = service.create(CAROL, draft(CommitmentVisibility.PRIVATE))
                .commitment()
                .id();
        long byManager = service.create(ALICE, draft(CommitmentVisibility.PRIVATE))
                .commitment()
                .id();

        assertThat(own).isNotEqualTo(byManager);
        assertThatThrownBy(() -> service.create(ERIN, draft(CommitmentVisibility.PRIVATE)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.create(ADMIN, draft(CommitmentVisibility.PRIVATE)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    public void aPrivateCommitmentIsReadByOwnerManagerAndHrOnlyAndIsNotFoundForAnyoneElse() {
        long id = service.create(CAROL, draft(CommitmentVisibility.PRIVATE))
                .commitment()
                .id();

        assertThat(service.get(CAROL, id).canEdit()).isTrue();
        assertThat(service.get(ALICE, id).canSignOff()).isTrue();
        assertThat(service.get(HANNA, id).canEdit()).isFalse();
        assertThatThrownBy(() -> service.get(ERIN, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(ADMIN, id)).isInstanceOf(NotFoundException.class);
        assertThat(service.ofOwner(ADMIN, CAROL, false)).isEmpty();
        assertThatThrownBy(() -> service.checkIn(ADMIN, id, "Hi", OptionalInt.empty()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(ERIN, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void teamVisibilityLetsTeamMatesReadButNotChange() {
        long id = service.create(CAROL, draft(CommitmentVisibility.TEAM))
                .commitment()
                .id();

        assertThat(service.ofOwner(ERIN, CAROL, true)).hasSize(1);
        assertThat(service.ofOwner(ADMIN, CAROL, true)).isEmpty();
        assertThatThrownBy(() -> service.edit(ERIN, id, draft(CommitmentVisibility.EVERYONE)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.signOff(ERIN, id)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    public void everyoneVisibilityYieldsToTheAdminsRestrictionOfPeopleLevelFigures() {
        long id = service.create(CAROL, draft(CommitmentVisibility.EVERYONE))
                .commitment()
                .id();
        assertThat(service.get(ADMIN, id).commitment().id()).isEqualTo(id);

        people.restrictFigures(true);

        assertThatThrownBy(() -> service.get(ADMIN, id)).isInstanceOf(NotFoundException.class);
        assertThat(service.get(HANNA, id).commitment().id()).isEqualTo(id);
    }

    @Test
    public void onlyTheManagerSignsOffAndAnEditAfterwardsNeedsANewSignOff() {
        // given
        long id = service.create(CAROL, draft(CommitmentVisibility.PRIVATE))
                .commitment()
                .id();
        assertThatThrownBy(() -> service.signOff(CAROL, id)).isInstanceOf(PermissionDeniedException.class);

        // when
        clock.advance(Duration.ofHours(1));
        Commitment signed = service.signOff(ALICE, id).commitment();

        // then
        assertThat(signed.currentSignOff()).hasValueSatisfying(signOff -> {
            assertThat(signOff.name()).isEqualTo("Alice Archer");
            assertThat(signOff.at()).isEqualTo(clock.instant());
        });

        // when the owner rewrites it
        Commitment edited =
                service.edit(CAROL, id, draft(CommitmentVisibility.TEAM)).commitment();

        // then the old sign-off no longer counts, until the manager signs again
        assertThat(edited.revision()).isEqualTo(2);
        assertThat(edited.isSignedOff()).isFalse();
        assertThat(service.signOff(ALICE, id).commitment().isSignedOff()).isTrue();
    }

    @Test
    public void checkInsKeepTheirHistoryAndLeaveTheSignOffStanding() {
        long id = service.create(CAROL, draft(CommitmentVisibility.PRIVATE))
                .commitment()
                .id();
        service.signOff(ALICE, id);

        service.checkIn(CAROL, id, "Half way", OptionalInt.of(50));
        clock.advance(Duration.ofDays(1));
        Commitment checked =
                service.checkIn(ALICE, id, "Agreed", OptionalInt.empty()).commitment();

        assertThat(checked.checkIns()).extracting(CheckIn::note).containsExactly("Half way", "Agreed");
        assertThat(checked.lastCheckIn())
                .hasValueSatisfying(last -> assertThat(last.author()).isEqualTo(ALICE));
        assertThat(checked.isSignedOff()).isTrue();
        assertThat(service.history(CAROL, id))
                .extracting(HistoryEntry::action)
                .containsExactly(
                        HistoryEntry.Action.CREATED,
                        HistoryEntry.Action.SIGNED_OFF,
                        HistoryEntry.Action.CHECKED_IN,
                        HistoryEntry.Action.CHECKED_IN);
    }

    @Test
    public void aDeletionIsAuditedAndItsHistoryKept() {
        long id = service.create(CAROL, draft(CommitmentVisibility.PRIVATE))
                .commitment()
                .id();

        service.delete(ALICE, id);

        assertThat(audited).containsExactly(id + " by alice");
        assertThat(store.history(id))
                .extracting(HistoryEntry::action)
                .containsExactly(HistoryEntry.Action.CREATED, HistoryEntry.Action.DELETED);
        assertThatThrownBy(() -> service.get(CAROL, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void copiesLastQuartersCommitmentsOnceWithoutCheckInsOrSignOff() {
        // given: one commitment in Q3, signed and checked in
        Period q3 = Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 8, 1));
        long old = service.create(
                        CAROL,
                        new CommitmentDraft(
                                CAROL,
                                q3,
                                "Answer within the hour",
                                Target.Measured.of(MeasureKind.MEDIAN_FIRST_RESPONSE, 60, Direction.AT_MOST),
                                CommitmentVisibility.TEAM))
                .commitment()
                .id();
        service.signOff(ALICE, old);

        // when
        List<MeasuredCommitment> copies = service.copyPrevious(ALICE, CAROL, PeriodKind.QUARTER);
        List<MeasuredCommitment> again = service.copyPrevious(CAROL, CAROL, PeriodKind.QUARTER);

        // then
        assertThat(copies).hasSize(1);
        Commitment copy = copies.get(0).commitment();
        assertThat(copy.period().label()).isEqualTo("2026-Q4");
        assertThat(copy.text()).isEqualTo("Answer within the hour");
        assertThat(copy.visibility()).isEqualTo(CommitmentVisibility.TEAM);
        assertThat(copy.isSignedOff()).isFalse();
        assertThat(again).isEmpty();
    }

    @Test
    public void theTeamViewListsTheReportsCurrentCommitmentsForManagersOnly() {
        service.create(CAROL, draft(CommitmentVisibility.PRIVATE));
        service.create(
                CAROL,
                new CommitmentDraft(
                        CAROL,
                        Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 5, 1)),
                        "Last spring",
                        new Target.Milestones(List.of("Done")),
                        CommitmentVisibility.PRIVATE));

        assertThat(service.team(ALICE))
                .extracting(measured -> measured.commitment().text())
                .containsExactly("First response met on 95 % of my issues");
        assertThatThrownBy(() -> service.team(ERIN)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    public void refusesAnUnknownOwnerAndMovingACommitmentToSomeoneElse() {
        long id = service.create(CAROL, draft(CommitmentVisibility.PRIVATE))
                .commitment()
                .id();

        assertThatThrownBy(() -> service.create(
                        ALICE,
                        new CommitmentDraft(
                                UserKey.of("nobody"),
                                Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 1)),
                                "x",
                                new Target.Milestones(List.of("y")),
                                CommitmentVisibility.PRIVATE)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.edit(
                        ALICE,
                        id,
                        new CommitmentDraft(
                                ALICE,
                                Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 1)),
                                "x",
                                new Target.Milestones(List.of("y")),
                                CommitmentVisibility.PRIVATE)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static CommitmentDraft draft(CommitmentVisibility visibility) {
        return new CommitmentDraft(
                CAROL,
                Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 16)),
                "First response met on 95 % of my issues",
                Target.Measured.of(MeasureKind.STANDARD_ATTAINMENT, 95, Direction.AT_LEAST),
                visibility);
    }
}
