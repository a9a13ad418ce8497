package io.serviceculture.plugin.lifecycle.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.lifecycle.StoredData;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.persistence.ContributionAO;
import io.serviceculture.plugin.accountability.persistence.IssueFactsAO;
import io.serviceculture.plugin.accountability.persistence.RatingAO;
import io.serviceculture.plugin.commitments.persistence.CheckInAO;
import io.serviceculture.plugin.commitments.persistence.CommitmentAO;
import io.serviceculture.plugin.commitments.persistence.CommitmentLogAO;
import io.serviceculture.plugin.kudos.persistence.KudosAO;
import io.serviceculture.plugin.kudos.persistence.KudosModerationAO;
import io.serviceculture.plugin.kudos.persistence.KudosPreferenceAO;
import io.serviceculture.plugin.kudos.persistence.KudosReactionAO;
import io.serviceculture.plugin.kudos.persistence.KudosReceiverAO;
import io.serviceculture.plugin.people.persistence.ManagerAO;
import io.serviceculture.plugin.people.persistence.PrimaryTeamAO;
import io.serviceculture.plugin.people.persistence.TeamLeadAO;
import io.serviceculture.plugin.people.persistence.TeamMemberAO;
import io.serviceculture.plugin.standards.persistence.AlertAO;
import io.serviceculture.plugin.standards.persistence.CycleAO;
import io.serviceculture.plugin.standards.persistence.RunningClockAO;
import io.serviceculture.plugin.testing.TestDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * What the cross-feature adapter promises on each real database: alice gave bob a kudos about HELP-1 (id 10), bob
 * reacted and rated HELP-1, alice worked it (one SLA cycle, a running clock, an alert, accountability facts naming
 * alice and bob), alice has a commitment carol signed as "Carol Clark", with one check-in, and alice is in a team
 * and reports to carol. Issue 11 (HELP-2) has one running clock.
 */
public abstract class AppDataPersistenceContract {
    private static final UserKey ALICE = UserKey.of("alice");
    private static final UserKey BOB = UserKey.of("bob");
    private static final UserKey CAROL = UserKey.of("carol");
    private static final UserKey ANONYMISED = UserKey.of("JIRAUSER10100");
    private static final Date AT = Date.from(Instant.parse("2026-11-16T09:00:00Z"));

    private ActiveObjects ao;
    private AoAppData data;
    private long kudosId;

    protected abstract TestDatabase database();

    @Before
    public void storeOneOfEverything() {
        ao = database()
                .fresh(
                        KudosAO.class,
                        KudosReceiverAO.class,
                        KudosReactionAO.class,
                        KudosModerationAO.class,
                        KudosPreferenceAO.class,
                        CommitmentAO.class,
                        CheckInAO.class,
                        CommitmentLogAO.class,
                        CycleAO.class,
                        RunningClockAO.class,
                        AlertAO.class,
                        RatingAO.class,
                        IssueFactsAO.class,
                        ContributionAO.class,
                        TeamMemberAO.class,
                        TeamLeadAO.class,
                        PrimaryTeamAO.class,
                        ManagerAO.class)
                .ao();
        data = new AoAppData(ao);
        kudosId = ao.create(
                        KudosAO.class,
                        columns(
                                KudosAO.COLUMN_GIVER_KEY, "alice",
                                KudosAO.COLUMN_VALUE_ID, "ownership",
                                KudosAO.COLUMN_MESSAGE, "Thanks for sorting out the VPN",
                                KudosAO.COLUMN_ISSUE_ID, 10L,
                                KudosAO.COLUMN_VISIBILITY, "PUBLIC",
                                KudosAO.COLUMN_GIVEN_AT, AT,
                                KudosAO.COLUMN_WEEK, "2026-W47",
                                KudosAO.COLUMN_SLOT, "alice|2026-W47|1",
                                KudosAO.COLUMN_CLIENT_REQUEST_ID, "r1",
                                KudosAO.COLUMN_REQUEST_KEY, "alice|r1"))
                .getID();
        ao.create(
                KudosReceiverAO.class,
                columns(KudosReceiverAO.COLUMN_KUDOS_ID, kudosId, KudosReceiverAO.COLUMN_RECEIVER_ID, "user:bob"));
        ao.create(
                KudosReactionAO.class,
                columns(
                        KudosReactionAO.COLUMN_KUDOS_ID,
                        kudosId,
                        KudosReactionAO.COLUMN_USER_KEY,
                        "bob",
                        KudosReactionAO.COLUMN_REACTION_KEY,
                        kudosId + "|bob",
                        KudosReactionAO.COLUMN_CREATED_AT,
                        AT));
        long commitmentId = ao.create(
                        CommitmentAO.class,
                        columns(
                                CommitmentAO.COLUMN_OWNER_KEY, "alice",
                                CommitmentAO.COLUMN_PERIOD_KIND, "QUARTER",
                                CommitmentAO.COLUMN_PERIOD_START, "2026-10-01",
                                CommitmentAO.COLUMN_PERIOD_END, "2026-12-31",
                                CommitmentAO.COLUMN_COMMITMENT_TEXT, "Answer every ticket within a day",
                                CommitmentAO.COLUMN_TARGET_VALUE, 0.0,
                                CommitmentAO.COLUMN_VISIBILITY, "PRIVATE",
                                CommitmentAO.COLUMN_REVISION, 1,
                                CommitmentAO.COLUMN_UPDATED_BY, "alice",
                                CommitmentAO.COLUMN_UPDATED_AT, AT,
                                CommitmentAO.COLUMN_SIGNED_BY, "carol",
                                CommitmentAO.COLUMN_SIGNED_NAME, "Carol Clark",
                                CommitmentAO.COLUMN_SIGNED_AT, AT,
                                CommitmentAO.COLUMN_SIGNED_REVISION, 1))
                .getID();
        ao.create(
                CheckInAO.class,
                columns(
                        CheckInAO.COLUMN_COMMITMENT_ID,
                        commitmentId,
                        CheckInAO.COLUMN_AUTHOR_KEY,
                        "alice",
                        CheckInAO.COLUMN_CHECKED_AT,
                        AT,
                        CheckInAO.COLUMN_NOTE,
                        "On track"));
        ao.create(
                CycleAO.class,
                columns(
                        CycleAO.COLUMN_CYCLE_KEY,
                        "10|std|ttfr|1",
                        CycleAO.COLUMN_ISSUE_ID,
                        10L,
                        CycleAO.COLUMN_STANDARD_ID,
                        "std",
                        CycleAO.COLUMN_METRIC_KEY,
                        "ttfr",
                        CycleAO.COLUMN_VERSION_NUMBER,
                        1,
                        CycleAO.COLUMN_START_AT,
                        AT,
                        CycleAO.COLUMN_STOP_AT,
                        AT,
                        CycleAO.COLUMN_ELAPSED_MS,
                        60_000L,
                        CycleAO.COLUMN_GOAL_MS,
                        3_600_000L,
                        CycleAO.COLUMN_MET,
                        true,
                        CycleAO.COLUMN_PROJECT_KEY,
                        "HELP",
                        CycleAO.COLUMN_ASSIGNEE_KEY,
                        "alice"));
        runningClock(10L);
        runningClock(11L);
        ao.create(
                AlertAO.class,
                columns(
                        AlertAO.COLUMN_ALERT_KEY, "10|std|ttr|WARNING",
                        AlertAO.COLUMN_ISSUE_ID, 10L,
                        AlertAO.COLUMN_ISSUE_KEY, "HELP-1",
                        AlertAO.COLUMN_STANDARD_ID, "std",
                        AlertAO.COLUMN_STANDARD_NAME, "Service desk",
                        AlertAO.COLUMN_METRIC_KEY, "ttr",
                        AlertAO.COLUMN_METRIC_NAME, "Time to resolution",
                        AlertAO.COLUMN_CYCLE_START, AT,
                        AlertAO.COLUMN_KIND, "WARNING",
                        AlertAO.COLUMN_RAISED_AT, AT,
                        AlertAO.COLUMN_ELAPSED_MS, 1L,
                        AlertAO.COLUMN_GOAL_MS, 2L));
        ao.create(
                RatingAO.class,
                columns(
                        RatingAO.COLUMN_ISSUE_ID,
                        10L,
                        RatingAO.COLUMN_RATER_KEY,
                        "bob",
                        RatingAO.COLUMN_STARS,
                        5,
                        RatingAO.COLUMN_CREATED_AT,
                        AT,
                        RatingAO.COLUMN_UPDATED_AT,
                        AT));
        ao.create(
                IssueFactsAO.class,
                columns(
                        IssueFactsAO.COLUMN_ISSUE_ID,
                        10L,
                        IssueFactsAO.COLUMN_ISSUE_KEY,
                        "HELP-1",
                        IssueFactsAO.COLUMN_HAND_OFFS,
                        0,
                        IssueFactsAO.COLUMN_PING_PONGS,
                        0,
                        IssueFactsAO.COLUMN_END_TO_END,
                        true,
                        IssueFactsAO.COLUMN_REOPENS,
                        0,
                        IssueFactsAO.COLUMN_PEOPLE,
                        "|alice|bob|"));
        ao.create(
                ContributionAO.class,
                columns(
                        ContributionAO.COLUMN_ISSUE_ID, 10L,
                        ContributionAO.COLUMN_ISSUE_KEY, "HELP-1",
                        ContributionAO.COLUMN_PROVIDER, "team-it",
                        ContributionAO.COLUMN_RESOLVED_AT, AT,
                        ContributionAO.COLUMN_ATT_NUM, 1L,
                        ContributionAO.COLUMN_ATT_DEN, 1L,
                        ContributionAO.COLUMN_OWN_NUM, 1L,
                        ContributionAO.COLUMN_OWN_DEN, 1L,
                        ContributionAO.COLUMN_REO_NUM, 1L,
                        ContributionAO.COLUMN_REO_DEN, 1L,
                        ContributionAO.COLUMN_RAT_NUM, 5L,
                        ContributionAO.COLUMN_RAT_DEN, 1L));
        ao.create(
                TeamMemberAO.class,
                columns(
                        TeamMemberAO.COLUMN_USER_KEY, "alice",
                        TeamMemberAO.COLUMN_TEAM, "team-it",
                        TeamMemberAO.COLUMN_STARTED_AT, AT));
        ao.create(ManagerAO.class, columns(ManagerAO.COLUMN_USER_KEY, "alice", ManagerAO.COLUMN_MANAGER_KEY, "carol"));
    }

    @Test
    public void forgetsWhatWasDerivedFromADeletedIssueAndKeepsItsKudosUnlinked() {
        // when
        Map<StoredData, Long> removed = data.forgetIssue(10L);

        // then
        assertThat(removed)
                .containsOnly(
                        entry(StoredData.SLA_CYCLES, 1L),
                        entry(StoredData.SLA_CLOCKS, 1L),
                        entry(StoredData.SLA_ALERTS, 1L),
                        entry(StoredData.SERVICE_RATINGS, 1L),
                        entry(StoredData.ACCOUNTABILITY, 2L),
                        entry(StoredData.KUDOS_ISSUE_LINKS, 1L));
        KudosAO kudos = ao.get(KudosAO.class, (int) kudosId);
        assertThat(kudos.getMessage()).isEqualTo("Thanks for sorting out the VPN");
        assertThat(kudos.getIssueId()).isNull();
        assertThat(data.issueIds()).containsExactly(11L);
    }

    @Test
    public void forgettingAnIssueTheAppNeverSawRemovesNothing() {
        assertThat(data.forgetIssue(99L)).isEmpty();
        assertThat(data.issueIds()).containsExactly(10L, 11L);
    }

    @Test
    public void aMovedIssueShowsItsNewKeyWhereverAKeyIsStored() {
        // when
        long changed = data.rekeyIssue(10L, "FIN-3");

        // then the alert, the facts and the matrix contribution
        assertThat(changed).isEqualTo(3);
        assertThat(ao.find(AlertAO.class)).extracting(AlertAO::getIssueKey).containsExactly("FIN-3");
        assertThat(ao.find(IssueFactsAO.class))
                .extracting(IssueFactsAO::getIssueKey)
                .containsExactly("FIN-3");
        assertThat(ao.find(ContributionAO.class))
                .extracting(ContributionAO::getIssueKey)
                .containsExactly("FIN-3");
        assertThat(data.issueIds()).containsExactly(10L, 11L);
    }

    @Test
    public void countsThePersonsRowsOfEachKind() {
        assertThat(counts(ALICE))
                .containsOnly(
                        entry(StoredData.KUDOS_GIVEN, 1L),
                        entry(StoredData.COMMITMENTS, 1L),
                        entry(StoredData.COMMITMENT_CHECK_INS, 1L),
                        entry(StoredData.SLA_CYCLES, 1L),
                        entry(StoredData.ACCOUNTABILITY, 1L),
                        entry(StoredData.TEAMS, 1L),
                        entry(StoredData.REPORTING_LINES, 1L));
        assertThat(counts(BOB))
                .containsOnly(
                        entry(StoredData.KUDOS_RECEIVED, 1L),
                        entry(StoredData.KUDOS_REACTIONS, 1L),
                        entry(StoredData.SERVICE_RATINGS, 1L),
                        entry(StoredData.ACCOUNTABILITY, 1L));
        assertThat(counts(CAROL))
                .containsOnly(entry(StoredData.COMMITMENTS, 1L), entry(StoredData.REPORTING_LINES, 1L));
    }

    @Test
    public void aKeyWithLikeWildcardsCountsOnlyItsOwnRows() {
        assertThat(data.count(StoredData.ACCOUNTABILITY, UserKey.of("a%ice"))).isZero();
        assertThat(data.count(StoredData.ACCOUNTABILITY, UserKey.of("al_ce"))).isZero();
    }

    @Test
    public void aNewKeyReplacesTheOldOneEverywhereAndInTheKeysBuiltFromIt() {
        // when
        long changed = 0;
        for (StoredData kind : StoredData.personal()) {
            changed += data.changeUserKey(kind, ALICE, ANONYMISED);
        }

        // then the seven rows, one of them twice (owner and last editor), and what she wrote is unchanged
        assertThat(changed).isEqualTo(8);
        assertThat(counts(ALICE)).isEmpty();
        KudosAO kudos = ao.get(KudosAO.class, (int) kudosId);
        assertThat(kudos.getGiverKey()).isEqualTo("JIRAUSER10100");
        assertThat(kudos.getSlot()).isEqualTo("JIRAUSER10100|2026-W47|1");
        assertThat(kudos.getRequestKey()).isEqualTo("JIRAUSER10100|r1");
        assertThat(kudos.getMessage()).isEqualTo("Thanks for sorting out the VPN");
        assertThat(ao.find(IssueFactsAO.class))
                .extracting(IssueFactsAO::getPeople)
                .containsExactly("|JIRAUSER10100|bob|");
        assertThat(ao.find(CheckInAO.class))
                .extracting(CheckInAO::getAuthorKey, CheckInAO::getNote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JIRAUSER10100", "On track"));
        assertThat(ao.find(ManagerAO.class)).extracting(ManagerAO::getUserKey).containsExactly("JIRAUSER10100");
    }

    @Test
    public void aReceiverAndReactorKeyChangeKeepsTheReactionKeyUnique() {
        // when
        data.changeUserKey(StoredData.KUDOS_RECEIVED, BOB, ANONYMISED);
        data.changeUserKey(StoredData.KUDOS_REACTIONS, BOB, ANONYMISED);

        // then
        assertThat(ao.find(KudosReceiverAO.class))
                .extracting(KudosReceiverAO::getReceiverId)
                .containsExactly("user:JIRAUSER10100");
        assertThat(ao.find(KudosReactionAO.class))
                .extracting(KudosReactionAO::getReactionKey)
                .containsExactly(kudosId + "|JIRAUSER10100");
    }

    @Test
    public void anonymisationReplacesTheSignersNameByTheKeyWhichThenFollowsTheNewKey() {
        // given
        assertThat(data.countNames(CAROL)).isEqualTo(1);

        // when
        long replaced = data.replaceNamesByKey(CAROL);
        data.changeUserKey(StoredData.COMMITMENTS, CAROL, ANONYMISED);

        // then
        assertThat(replaced).isEqualTo(1);
        assertThat(data.countNames(CAROL)).isZero();
        assertThat(ao.find(CommitmentAO.class))
                .extracting(CommitmentAO::getSignedBy, CommitmentAO::getSignedName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JIRAUSER10100", "JIRAUSER10100"));
    }

    private Map<StoredData, Long> counts(UserKey person) {
        Map<StoredData, Long> counts = new HashMap<>();
        for (StoredData kind : StoredData.values()) {
            long rows = data.count(kind, person);
            if (rows > 0) {
                counts.put(kind, rows);
            }
        }
        return counts;
    }

    private void runningClock(long issueId) {
        ao.create(
                RunningClockAO.class,
                columns(
                        RunningClockAO.COLUMN_ISSUE_ID,
                        issueId,
                        RunningClockAO.COLUMN_STANDARD_ID,
                        "std",
                        RunningClockAO.COLUMN_METRIC_KEY,
                        "ttr",
                        RunningClockAO.COLUMN_START_AT,
                        AT));
    }

    private static Map<String, Object> columns(Object... pairs) {
        Map<String, Object> columns = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], pairs[i + 1]);
        }
        return columns;
    }
}
