package io.serviceculture.plugin.accountability;

import com.atlassian.crowd.event.group.GroupMembershipCreatedEvent;
import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.crowd.model.membership.MembershipType;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
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
import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.AccountabilityStorePort;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.persistence.AoAccountabilityStore;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.scheduling.ClusterJobs;
import java.time.Clock;
import java.time.Duration;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored accountability facts current: an issue event recomputes that issue from its whole history; a
 * membership change in a team recomputes the issues of the person concerned; a nightly job on one node of the
 * cluster recomputes every issue still open or resolved lately, which catches up missed events and attainment
 * recorded after the issue's last event (the SLA listener may run after this one).
 */
@Named
@ExportAsService(LifecycleAware.class)
public class AccountabilityEvents implements LifecycleAware, JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.serviceculture.jira.accountability.rollup");
    static final JobId JOB = JobId.of("io.serviceculture.jira.accountability.rollup.nightly");
    static final long INTERVAL_MILLIS = Duration.ofDays(1).toMillis();
    /** Issues resolved this long ago or less are refreshed nightly: a reopen window and then some. */
    static final Duration ROLL_UP_HORIZON = Duration.ofDays(30);

    private static final Logger LOG = LoggerFactory.getLogger(AccountabilityEvents.class);

    private final EventPublisher events;
    private final SchedulerService scheduler;
    private final UserManager users;
    private final PeopleSettings people;
    private final AccountabilityService service;
    private final AccountabilityStorePort store;
    private final Clock clock;

    @Inject
    public AccountabilityEvents(
            EventPublisher events,
            SchedulerService scheduler,
            UserManager users,
            PeopleSettings people,
            AccountabilityUseCases useCases,
            AoAccountabilityStore store) {
        this(events, scheduler, users, people, useCases.service(), store, Clock.systemUTC());
    }

    AccountabilityEvents(
            EventPublisher events,
            SchedulerService scheduler,
            UserManager users,
            PeopleSettings people,
            AccountabilityService service,
            AccountabilityStorePort store,
            Clock clock) {
        this.events = events;
        this.scheduler = scheduler;
        this.users = users;
        this.people = people;
        this.service = service;
        this.store = store;
        this.clock = clock;
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
                "issue events keep the accountability facts current, but the nightly catch-up is missing");
    }

    @Override
    public void onStop() {
        events.unregister(this);
        scheduler.unregisterJobRunner(RUNNER);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        // a deleted issue is forgotten by the lifecycle listener; recomputing it here could bring its rows back
        if (issue == null || issue.getId() == null || EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            return;
        }
        try {
            service.refresh(issue.getId());
        } catch (RuntimeException e) {
            // the user's change has happened; a failed refresh must not undo it, and the nightly job retries
            LOG.warn("Could not refresh the accountability facts of issue {}", issue.getId(), e);
        }
    }

    @EventListener
    public void onMembershipCreated(GroupMembershipCreatedEvent event) {
        membershipChanged(event.getMembershipType(), event.getGroupName(), event.getEntityName());
    }

    @EventListener
    public void onMembershipDeleted(GroupMembershipDeletedEvent event) {
        membershipChanged(event.getMembershipType(), event.getGroupName(), event.getEntityName());
    }

    /**
     * A person joined or left a team. Periods open and close at "now", which never changes past attribution, so
     * this usually changes nothing; but it is where a corrected membership reaches the person's issues.
     */
    void membershipChanged(MembershipType type, String groupName, String userName) {
        if (type != MembershipType.GROUP_USER || groupName.isBlank() || !people.isTeam(TeamKey.of(groupName))) {
            return;
        }
        ApplicationUser user = users.getUserByName(userName);
        if (user == null) {
            return;
        }
        try {
            service.refreshAll(store.issuesInvolving(UserKey.of(user.getKey())));
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the accountability facts of {}'s issues", userName, e);
        }
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int refreshed = rollUp();
            return JobRunnerResponse.success("refreshed " + refreshed + " issues");
        } catch (RuntimeException e) {
            LOG.error("The nightly accountability roll-up failed", e);
            return JobRunnerResponse.failed(e);
        }
    }

    /** Recomputes every issue still open or resolved within the horizon. */
    public int rollUp() {
        return service.refreshAll(
                store.issuesOpenOrResolvedSince(clock.instant().minus(ROLL_UP_HORIZON)));
    }
}
