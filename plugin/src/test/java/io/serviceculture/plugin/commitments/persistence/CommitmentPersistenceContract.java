package io.serviceculture.plugin.commitments.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.commitments.CheckIn;
import io.serviceculture.core.commitments.Commitment;
import io.serviceculture.core.commitments.CommitmentDraft;
import io.serviceculture.core.commitments.CommitmentVisibility;
import io.serviceculture.core.commitments.Direction;
import io.serviceculture.core.commitments.HistoryEntry;
import io.serviceculture.core.commitments.MeasureKind;
import io.serviceculture.core.commitments.Period;
import io.serviceculture.core.commitments.PeriodKind;
import io.serviceculture.core.commitments.SignOff;
import io.serviceculture.core.commitments.Target;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.StandardId;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.Before;
import org.junit.Test;

/** What the AO commitment store promises, run on each real database by a subclass. */
public abstract class CommitmentPersistenceContract {
    static final Instant MONDAY = Instant.parse("2026-11-23T10:15:30.123Z");
    static final UserKey ALICE = UserKey.of("alice");
    static final UserKey CAROL = UserKey.of("carol");
    static final Period Q4 = Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 23));

    protected TestDatabase.Fresh database;
    protected AoCommitmentStore store;

    protected abstract TestDatabase database();

    @Before
    public void createEmptyTables() {
        database = database().fresh(CommitmentAO.class, CheckInAO.class, CommitmentLogAO.class);
        store = new AoCommitmentStore(database.ao());
    }

    @Test
    public void namesTablesWithJirasPrefixForTheAppNamespace() {
        assertThat(database.tableNames())
                .contains("AO_439D1B_COMMITMENT", "AO_439D1B_COMMIT_CHECKIN", "AO_439D1B_COMMIT_LOG");
    }

    @Test
    public void savesAndReadsBackAMeasuredTargetWithEveryParameter() {
        // given
        Target.Measured target = new Target.Measured(
                MeasureKind.STANDARD_ATTAINMENT,
                95.5,
                Direction.AT_LEAST,
                Optional.of(StandardId.of("help")),
                Optional.of("first-response"),
                Optional.of(TeamKey.of("team-finance")));
        CommitmentDraft draft =
                new CommitmentDraft(CAROL, Q4, "First response – 95 %", target, CommitmentVisibility.TEAM);

        // when
        Commitment created = store.create(draft, ALICE, MONDAY);

        // then
        assertThat(store.find(created.id())).contains(created);
        assertThat(created.draft()).isEqualTo(draft);
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.updatedBy()).isEqualTo(ALICE);
        assertThat(created.updatedAt()).isEqualTo(MONDAY);
        assertThat(created.signOff()).isEmpty();
        assertThat(store.find(created.id() + 1)).isEmpty();
    }

    @Test
    public void savesAndReadsBackATeamOwnedHoursTargetWithItsTeam() {
        // given
        Target.Measured target = new Target.Measured(
                MeasureKind.TEAM_OWNED_HOURS,
                6.5,
                Direction.AT_MOST,
                Optional.empty(),
                Optional.empty(),
                Optional.of(TeamKey.of("team-facilities")));
        CommitmentDraft draft = new CommitmentDraft(
                CAROL, Q4, "Facilities owns each issue under 6.5 h", target, CommitmentVisibility.TEAM);

        // when
        Commitment created = store.create(draft, ALICE, MONDAY);

        // then
        assertThat(store.find(created.id()).map(Commitment::target)).contains(target);
    }

    @Test
    public void keepsMilestonesInOrderAndCheckInsWithAndWithoutProgress() {
        // given
        Commitment created = store.create(
                new CommitmentDraft(
                        CAROL,
                        Period.custom(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 1)),
                        "Runbook",
                        new Target.Milestones(List.of("Draft", "Review", "Publish")),
                        CommitmentVisibility.PRIVATE),
                CAROL,
                MONDAY);

        // when
        store.addCheckIn(created.id(), new CheckIn(CAROL, MONDAY.plusSeconds(60), "Drafted", OptionalInt.of(33)));
        store.addCheckIn(created.id(), new CheckIn(ALICE, MONDAY.plusSeconds(120), "Looks good", OptionalInt.empty()));

        // then
        Commitment found = store.find(created.id()).orElseThrow();
        assertThat(found.target()).isEqualTo(new Target.Milestones(List.of("Draft", "Review", "Publish")));
        assertThat(found.checkIns())
                .containsExactly(
                        new CheckIn(CAROL, MONDAY.plusSeconds(60), "Drafted", OptionalInt.of(33)),
                        new CheckIn(ALICE, MONDAY.plusSeconds(120), "Looks good", OptionalInt.empty()));
    }

    @Test
    public void anUpdateMovesToTheNextRevisionAndKeepsTheSignOffOfTheOldOne() {
        // given
        Commitment created = store.create(draft("Kudos", CAROL), CAROL, MONDAY);
        store.signOff(created.id(), new SignOff(ALICE, "Alice Archer", MONDAY.plusSeconds(5), 1));
        assertThat(store.find(created.id()).orElseThrow().isSignedOff()).isTrue();

        // when
        Commitment updated = store.update(created.id(), draft("More kudos", CAROL), CAROL, MONDAY.plusSeconds(10));

        // then
        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.text()).isEqualTo("More kudos");
        assertThat(updated.signOff()).contains(new SignOff(ALICE, "Alice Archer", MONDAY.plusSeconds(5), 1));
        assertThat(updated.isSignedOff()).isFalse();
        assertThat(store.find(created.id())).contains(updated);
    }

    @Test
    public void findsThePeoplesCommitmentsNewestPeriodFirst() {
        Commitment q3 = store.create(
                new CommitmentDraft(
                        CAROL,
                        Q4.previous(),
                        "Old",
                        Target.Measured.of(MeasureKind.KUDOS_GIVEN, 3, Direction.AT_LEAST),
                        CommitmentVisibility.PRIVATE),
                CAROL,
                MONDAY);
        Commitment q4 = store.create(draft("New", CAROL), CAROL, MONDAY);
        Commitment alices = store.create(draft("Alice's", ALICE), ALICE, MONDAY);

        assertThat(store.findByOwners(List.of(CAROL)))
                .extracting(Commitment::id)
                .containsExactly(q4.id(), q3.id());
        assertThat(store.findByOwners(List.of(CAROL, ALICE)))
                .extracting(Commitment::id)
                .containsExactly(q4.id(), alices.id(), q3.id());
        assertThat(store.findByOwners(List.of())).isEmpty();
    }

    @Test
    public void deletingKeepsTheHistory() {
        // given
        Commitment created = store.create(draft("Gone soon", CAROL), CAROL, MONDAY);
        store.addCheckIn(created.id(), new CheckIn(CAROL, MONDAY, "Hi", OptionalInt.empty()));
        store.log(new HistoryEntry(created.id(), HistoryEntry.Action.CREATED, CAROL, MONDAY, "Gone soon"));

        // when
        store.delete(created.id());
        store.log(
                new HistoryEntry(created.id(), HistoryEntry.Action.DELETED, ALICE, MONDAY.plusSeconds(1), "Gone soon"));

        // then
        assertThat(store.find(created.id())).isEmpty();
        assertThat(store.history(created.id()))
                .containsExactly(
                        new HistoryEntry(created.id(), HistoryEntry.Action.CREATED, CAROL, MONDAY, "Gone soon"),
                        new HistoryEntry(
                                created.id(), HistoryEntry.Action.DELETED, ALICE, MONDAY.plusSeconds(1), "Gone soon"));
    }

    private static CommitmentDraft draft(String text, UserKey owner) {
        return new CommitmentDraft(
                owner,
                Q4,
                text,
                Target.Measured.of(MeasureKind.KUDOS_GIVEN, 6, Direction.AT_LEAST),
                CommitmentVisibility.PRIVATE);
    }
}
