package io.serviceculture.plugin.standards;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.serviceculture.core.people.Feature;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.scheduling.ClusterJobs;
import java.time.Duration;
import java.util.function.IntSupplier;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few minutes, on one node of the cluster, raises the SLA warnings and breaches that came due since the
 * last run and tells the assignee and watchers. Alerts are unique per cycle and kind in the database, so a run
 * repeated or overlapping on another node tells nobody twice.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class ClockAlertJob implements LifecycleAware, JobRunner {
    public static final JobId JOB = JobId.of("io.serviceculture.jira.standards.alerts");
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.serviceculture.jira.standards.alerts");
    static final long INTERVAL_MILLIS = Duration.ofMinutes(5).toMillis();

    private static final Logger LOG = LoggerFactory.getLogger(ClockAlertJob.class);

    private final SchedulerService scheduler;
    private final FeatureGuard guard;
    private final IntSupplier sweep;

    @Inject
    public ClockAlertJob(SchedulerService scheduler, FeatureGuard guard, StandardsUseCases useCases) {
        this(scheduler, guard, () -> useCases.live().sweep());
    }

    ClockAlertJob(SchedulerService scheduler, FeatureGuard guard, IntSupplier sweep) {
        this.scheduler = scheduler;
        this.guard = guard;
        this.sweep = sweep;
    }

    @Override
    public void onStart() {
        ClusterJobs.start(
                scheduler,
                RUNNER,
                this,
                JOB,
                INTERVAL_MILLIS,
                "clocks still show on issues, but no SLA warning or breach mail is sent");
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (!guard.isOn(Feature.STANDARDS)) {
            return JobRunnerResponse.success("service standards are switched off");
        }
        try {
            return JobRunnerResponse.success("raised " + sweep.getAsInt() + " alerts");
        } catch (RuntimeException e) {
            LOG.error("The SLA alert sweep failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
