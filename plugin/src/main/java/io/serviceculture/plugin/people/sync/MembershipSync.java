package io.serviceculture.plugin.people.sync;

import com.atlassian.crowd.event.group.GroupMembershipCreatedEvent;
import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsCreatedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsDeletedEvent;
import com.atlassian.crowd.model.membership.MembershipType;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.serviceculture.core.people.MembershipReconciler;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.scheduling.ClusterJobs;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes membership periods as Crowd reports group changes, and reconciles them nightly on one node of
 * the cluster, which repairs whatever events were missed. Crowd publishes both the per-member and the batched
 * events; opening and closing are idempotent, so handling both costs a lookup and changes nothing twice.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class MembershipSync implements LifecycleAware, JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.serviceculture.jira.people.reconcile");
    static final JobId JOB = JobId.of("io.serviceculture.jira.people.reconcile.nightly");
    static final long INTERVAL_MILLIS = Duration.ofDays(1).toMillis();

    private static final Logger LOG = LoggerFactory.getLogger(MembershipSync.class);

    private final EventPublisher events;
    private final SchedulerService scheduler;
    private final UserManager users;
    private final GroupManager groups;
    private final PeopleSettings settings;
    private final MembershipReconciler reconciler;

    @Inject
    public MembershipSync(
            EventPublisher events,
            SchedulerService scheduler,
            UserManager users,
            GroupManager groups,
            PeopleSettings settings,
            AoMembershipStore memberships) {
        this(
                events,
                scheduler,
                users,
                groups,
                settings,
                new MembershipReconciler(memberships, memberships, Clock.systemUTC()));
    }

    MembershipSync(
            EventPublisher events,
            SchedulerService scheduler,
            UserManager users,
            GroupManager groups,
            PeopleSettings settings,
            MembershipReconciler reconciler) {
        this.events = events;
        this.scheduler = scheduler;
        this.users = users;
        this.groups = groups;
        this.settings = settings;
        this.reconciler = reconciler;
    }

    @Override
    public void onStart() {
        events.register(this);
        ClusterJobs.start(
                scheduler,
                RUNNER,
                this,
                JOB,
                INTERVAL_MILLIS,
                "membership events keep the periods current, but the nightly repair is missing");
    }

    @Override
    public void onStop() {
        events.unregister(this);
        scheduler.unregisterJobRunner(RUNNER);
    }

    @EventListener
    public void onMembershipsCreated(GroupMembershipsCreatedEvent event) {
        apply(event.getMembershipType(), event.getGroupName(), event.getEntityNames(), reconciler::memberAdded);
    }

    @EventListener
    public void onMembershipsDeleted(GroupMembershipsDeletedEvent event) {
        apply(event.getMembershipType(), event.getGroupName(), event.getEntityNames(), reconciler::memberRemoved);
    }

    @EventListener
    public void onMembershipCreated(GroupMembershipCreatedEvent event) {
        apply(event.getMembershipType(), event.getGroupName(), Set.of(event.getEntityName()), reconciler::memberAdded);
    }

    @EventListener
    public void onMembershipDeleted(GroupMembershipDeletedEvent event) {
        apply(
                event.getMembershipType(),
                event.getGroupName(),
                Set.of(event.getEntityName()),
                reconciler::memberRemoved);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            MembershipReconciler.Changes changes = reconcile();
            return JobRunnerResponse.success("opened " + changes.opened().size() + ", closed "
                    + changes.closed().size());
        } catch (RuntimeException e) {
            LOG.error("The reconciliation of team membership failed", e);
            return JobRunnerResponse.failed(e);
        }
    }

    /** Compares the stored periods with the current members of every marked team, at this instant. */
    public MembershipReconciler.Changes reconcile() {
        Map<TeamKey, Set<UserKey>> current = new TreeMap<>();
        for (TeamKey team : settings.teams()) {
            // a marked group deleted from Jira has no members: its periods close
            Set<UserKey> members = groups.groupExists(team.groupName())
                    ? groups.getUsersInGroup(team.groupName()).stream()
                            .map(user -> UserKey.of(user.getKey()))
                            .collect(Collectors.toSet())
                    : Set.of();
            current.put(team, members);
        }
        return reconciler.reconcile(current);
    }

    // events name users by user name; nested groups are left to the nightly reconciliation, which sees members
    // as Jira's group manager reports them
    private void apply(
            MembershipType type, String groupName, Iterable<String> userNames, BiConsumer<UserKey, TeamKey> change) {
        if (type != MembershipType.GROUP_USER || groupName.isBlank()) {
            return;
        }
        TeamKey team = TeamKey.of(groupName);
        if (!settings.isTeam(team)) {
            return;
        }
        for (String userName : userNames) {
            ApplicationUser user = users.getUserByName(userName);
            if (user != null) {
                change.accept(UserKey.of(user.getKey()), team);
            }
        }
    }
}
