package io.serviceculture.plugin.scheduling;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a job runner on this node and schedules its job to run once per cluster every interval: every node
 * registers the runner (whichever node Jira picks must be able to run it), and the stable job id makes scheduling
 * it again from another node replace, not add, the job.
 */
public final class ClusterJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobs.class);

    private ClusterJobs() {}

    /**
     * Schedules a job to run once, as soon as possible, on one node of the cluster; scheduling the same id again
     * does not add a run.
     */
    public static void runOnceSoon(SchedulerService scheduler, JobRunnerKey runnerKey, JobId job)
            throws SchedulerServiceException {
        scheduler.scheduleJob(
                job,
                JobConfig.forJobRunnerKey(runnerKey)
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.runOnce(null)));
    }

    /**
     * @throws SchedulerServiceException when Jira cannot schedule the job; the runner stays registered, so the
     *     caller decides what is lost without it
     */
    public static void runOncePerCluster(
            SchedulerService scheduler, JobRunnerKey runnerKey, JobRunner runner, JobId job, long intervalMillis)
            throws SchedulerServiceException {
        scheduler.registerJobRunner(runnerKey, runner);
        scheduler.scheduleJob(
                job,
                JobConfig.forJobRunnerKey(runnerKey)
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forInterval(intervalMillis, null)));
    }

    /**
     * Starts a periodic job when the plugin starts: as {@link #runOncePerCluster}, but when Jira cannot schedule the
     * job the plugin still starts, and the error log says which job is missing and what that costs.
     *
     * @param withoutIt what users lose while the job is not scheduled, for the admin reading the log
     */
    public static void start(
            SchedulerService scheduler,
            JobRunnerKey runnerKey,
            JobRunner runner,
            JobId job,
            long intervalMillis,
            String withoutIt) {
        try {
            runOncePerCluster(scheduler, runnerKey, runner, job, intervalMillis);
        } catch (SchedulerServiceException e) {
            LOG.error("Cannot schedule the job {}: {}", job, withoutIt, e);
        }
    }
}
