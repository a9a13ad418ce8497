package io.serviceculture.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryAppData;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class DataLifecycleServiceTest {
    private static final UserKey ALICE = UserKey.of("alice");
    private static final UserKey ANONYMOUS = UserKey.of("JIRAUSER10100");

    private final InMemoryAppData data = new InMemoryAppData();
    private final DataLifecycleService lifecycle = new DataLifecycleService(data);

    @Test
    public void forgetsADeletedIssueAndTellsWhatWentByKind() {
        // given
        data.issue(10001, "HELP-1", StoredData.SLA_CYCLES, 2)
                .issue(10001, "HELP-1", StoredData.KUDOS_ISSUE_LINKS, 1)
                .issue(10002, "HELP-2", StoredData.SERVICE_RATINGS, 1);

        // when
        var removed = lifecycle.issueDeleted(10001);

        // then
        assertThat(removed)
                .containsExactly(
                        new DataCount(StoredData.KUDOS_ISSUE_LINKS, 1), new DataCount(StoredData.SLA_CYCLES, 2));
        assertThat(data.issueIds()).containsExactly(10002L);
    }

    @Test
    public void aMovedIssueKeepsItsRowsUnderItsNewKey() {
        // given
        data.issue(10001, "HELP-1", StoredData.ACCOUNTABILITY, 1);

        // when
        long changed = lifecycle.issueMoved(10001, "FIN-7");

        // then
        assertThat(changed).isEqualTo(1);
        assertThat(data.keyOf(10001)).isEqualTo("FIN-7");
        assertThat(data.issueIds()).containsExactly(10001L);
    }

    @Test
    public void refusesABlankKeyForAMovedIssue() {
        assertThatThrownBy(() -> lifecycle.issueMoved(10001, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void aDeletedProjectForgetsEveryIssueJiraNoLongerHas() {
        // given issues 1 and 3 were in the deleted project, 2 is elsewhere
        data.issue(1, "OLD-1", StoredData.SLA_CLOCKS, 1)
                .issue(2, "HELP-2", StoredData.SLA_CLOCKS, 1)
                .issue(3, "OLD-2", StoredData.KUDOS_ISSUE_LINKS, 4);
        Set<Long> stillInJira = Set.of(2L);

        // when
        int forgotten = lifecycle.projectDeleted(stillInJira::contains);

        // then
        assertThat(forgotten).isEqualTo(2);
        assertThat(data.issueIds()).containsExactly(2L);
    }

    @Test
    public void listsOnlyTheKindsOfDataThePersonAppearsIn() {
        // given
        data.person(ALICE, StoredData.KUDOS_GIVEN, 3)
                .person(ALICE, StoredData.COMMITMENT_CHECK_INS, 2)
                .person(UserKey.of("bob"), StoredData.TEAMS, 1);

        // when
        var affected = lifecycle.personalData(ALICE);

        // then
        assertThat(affected)
                .containsExactly(
                        new DataCount(StoredData.KUDOS_GIVEN, 3), new DataCount(StoredData.COMMITMENT_CHECK_INS, 2));
        assertThat(lifecycle.keyChangeSteps(ALICE)).isEqualTo(2);
    }

    @Test
    public void aKeyChangeMovesEveryKindToTheNewKeyAndReportsOneStepPerKind() {
        // given
        data.person(ALICE, StoredData.KUDOS_GIVEN, 3)
                .person(ALICE, StoredData.KUDOS_RECEIVED, 1)
                .person(ALICE, StoredData.TEAMS, 2);
        int steps = lifecycle.keyChangeSteps(ALICE);
        AtomicInteger done = new AtomicInteger();

        // when
        long changed = lifecycle.userKeyChanged(ALICE, ANONYMOUS, done::incrementAndGet);

        // then
        assertThat(changed).isEqualTo(6);
        assertThat(done.get()).isEqualTo(steps).isEqualTo(3);
        assertThat(lifecycle.personalData(ALICE)).isEmpty();
        assertThat(lifecycle.personalData(ANONYMOUS))
                .containsExactly(
                        new DataCount(StoredData.KUDOS_GIVEN, 3),
                        new DataCount(StoredData.KUDOS_RECEIVED, 1),
                        new DataCount(StoredData.TEAMS, 2));
    }

    @Test
    public void aKeyChangedToItselfChangesNothing() {
        // given
        data.person(ALICE, StoredData.KUDOS_GIVEN, 3);
        AtomicInteger done = new AtomicInteger();

        // when
        long changed = lifecycle.userKeyChanged(ALICE, ALICE, done::incrementAndGet);

        // then
        assertThat(changed).isZero();
        assertThat(done.get()).isZero();
    }

    @Test
    public void anonymisationReplacesTheStoredSignerNames() {
        // given
        data.signedName(ALICE, 2);

        // when
        long replaced = lifecycle.userAnonymised(ALICE);

        // then
        assertThat(replaced).isEqualTo(2);
        assertThat(lifecycle.namesOf(ALICE)).isZero();
    }
}
