package io.serviceculture.plugin.retention;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.serviceculture.core.retention.RetentionService;
import io.serviceculture.plugin.retention.persistence.AoRetentionPurge;
import io.serviceculture.plugin.scheduling.ClusterJobs;
import java.time.Clock;
import java.time.Duration;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a day, on one node of the cluster, purges kudos and ratings older than the admin's retention limit. Off by
 * default: with no limit set the job does nothing.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class RetentionJob implements LifecycleAware, JobRunner {
    public static final JobId JOB = JobId.of("io.serviceculture.jira.retention.purge");
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.serviceculture.jira.retention.purge");
    static final long INTERVAL_MILLIS = Duration.ofDays(1).toMillis();

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final SchedulerService scheduler;
    private final RetentionSettings settings;
    private final RetentionService service;

    @Inject
    public RetentionJob(SchedulerService scheduler, RetentionSettings settings, AoRetentionPurge purge) {
        this(scheduler, settings, new RetentionService(purge, Clock.systemUTC()));
    }

    RetentionJob(SchedulerService scheduler, RetentionSettings settings, RetentionService service) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.service = service;
    }

    @Override
    public void onStart() {
        ClusterJobs.start(
                scheduler,
                RUNNER,
                this,
                JOB,
                INTERVAL_MILLIS,
                "data past the retention period stays until Jira can schedule the purge");
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            RetentionService.Purged purged = service.apply(settings.policy());
            return JobRunnerResponse.success(
                    "purged " + purged.kudos() + " kudos and " + purged.ratings() + " ratings");
        } catch (RuntimeException e) {
            LOG.error("The retention purge failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
