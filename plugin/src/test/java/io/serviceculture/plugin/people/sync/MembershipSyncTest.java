package io.serviceculture.plugin.people.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsCreatedEvent;
import com.atlassian.crowd.model.membership.MembershipType;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.MembershipReconciler;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import io.serviceculture.plugin.people.MapPluginSettings;
import io.serviceculture.plugin.people.PeopleSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class MembershipSyncTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final TeamKey DESK = TeamKey.of("service-desk");

    private final EventPublisher events = mock(EventPublisher.class);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final UserManager users = mock(UserManager.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final Directory directory = mock(Directory.class);
    private final InMemoryMembershipStore store = new InMemoryMembershipStore();
    private PeopleSettings settings;
    private MembershipSync sync;
    private ApplicationUser bob;

    @Before
    public void markTheDeskAsATeam() {
        settings = new PeopleSettings(new MapPluginSettings().factory());
        settings.setTeams(Set.of(DESK));
        sync = new MembershipSync(
                events,
                scheduler,
                users,
                groups,
                settings,
                new MembershipReconciler(store, store, Clock.fixed(NOW, ZoneOffset.UTC)));
        user("alice", "JIRAUSER10100");
        bob = user("bob", "JIRAUSER10200");
    }

    @Test
    public void registersListenerAndSchedulesANightlyJobOncePerCluster() {
        // when
        sync.onStart();

        // then
        verify(events).register(sync);
        verify(scheduler).registerJobRunner(MembershipSync.RUNNER, sync);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        try {
            verify(scheduler).scheduleJob(eq(MembershipSync.JOB), config.capture());
        } catch (com.atlassian.scheduler.SchedulerServiceException e) {
            throw new AssertionError(e);
        }
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(MembershipSync.RUNNER);
        assertThat(MembershipSync.INTERVAL_MILLIS).isEqualTo(86_400_000L);
        assertThat(MembershipSync.JOB).hasToString("io.serviceculture.jira.people.reconcile.nightly");
    }

    @Test
    public void unregistersBothOnStop() {
        // when
        sync.onStop();

        // then
        verify(events).unregister(sync);
        verify(scheduler).unregisterJobRunner(MembershipSync.RUNNER);
    }

    @Test
    public void opensPeriodsForUsersAddedToATeamByUserKey() {
        // when
        sync.onMembershipsCreated(new GroupMembershipsCreatedEvent(
                this, directory, List.of("alice", "bob"), "service-desk", MembershipType.GROUP_USER));

        // then
        assertThat(store.openPeriods())
                .containsExactlyInAnyOrder(
                        MembershipPeriod.open(UserKey.of("JIRAUSER10100"), DESK, NOW),
                        MembershipPeriod.open(UserKey.of("JIRAUSER10200"), DESK, NOW));
    }

    @Test
    public void ignoresGroupsThatAreNotTeamsAndNestedGroups() {
        // when
        sync.onMembershipsCreated(new GroupMembershipsCreatedEvent(
                this, directory, List.of("alice"), "jira-software-users", MembershipType.GROUP_USER));
        sync.onMembershipsCreated(new GroupMembershipsCreatedEvent(
                this, directory, List.of("desk-tier-2"), "service-desk", MembershipType.GROUP_GROUP));

        // then
        assertThat(store.allPeriods()).isEmpty();
    }

    @Test
    public void closesThePeriodOfAUserRemovedFromATeam() {
        // given
        store.openPeriod(UserKey.of("JIRAUSER10100"), DESK, NOW.minusSeconds(86_400));

        // when
        sync.onMembershipDeleted(
                new GroupMembershipDeletedEvent(this, directory, "alice", "service-desk", MembershipType.GROUP_USER));

        // then
        assertThat(store.allPeriods())
                .containsExactly(
                        MembershipPeriod.closed(UserKey.of("JIRAUSER10100"), DESK, NOW.minusSeconds(86_400), NOW));
    }

    @Test
    public void nightlyRunRepairsPeriodsFromTheGroupsCurrentMembers() {
        // given Alice stored in the desk, but Jira lists only Bob now
        store.openPeriod(UserKey.of("JIRAUSER10100"), DESK, NOW.minusSeconds(86_400));
        when(groups.groupExists("service-desk")).thenReturn(true);
        when(groups.getUsersInGroup("service-desk")).thenReturn(List.of(bob));

        // when
        var response = sync.runJob(mock(JobRunnerRequest.class));

        // then
        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).isEqualTo("opened 1, closed 1");
        assertThat(store.openPeriods()).containsExactly(MembershipPeriod.open(UserKey.of("JIRAUSER10200"), DESK, NOW));
    }

    @Test
    public void nightlyRunReportsAFailureInsteadOfThrowing() {
        // given
        when(groups.groupExists(any())).thenThrow(new IllegalStateException("directory unavailable"));

        // when
        var response = sync.runJob(mock(JobRunnerRequest.class));

        // then
        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }

    private ApplicationUser user(String name, String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        when(users.getUserByName(name)).thenReturn(user);
        return user;
    }
}
