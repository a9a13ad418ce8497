package io.serviceculture.standalone.services;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atlassian Scheduler for one node: interval jobs run on a single daemon thread, as Jira runs a
 * {@code RUN_ONCE_PER_CLUSTER} job on exactly one node. Scheduling a job id again replaces its schedule, as in
 * Jira. Tests run a job at once with {@link #runNow(JobId)}.
 */
public final class HostSchedulerService implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostSchedulerService.class);
    private static final JobRunnerRequest REQUEST = new JobRunnerRequest() {};

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "host-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        if (jobConfig.getSchedule() == null) {
            throw new SchedulerServiceException("job " + jobId + " has no schedule");
        }
        IntervalScheduleInfo interval = jobConfig.getSchedule().getIntervalScheduleInfo();
        jobs.put(jobId, jobConfig);
        ScheduledFuture<?> previous = timers.remove(jobId);
        if (previous != null) {
            previous.cancel(false);
        }
        long delay = interval.getFirstRunTime() == null
                ? 0
                : Math.max(
                        0,
                        Duration.between(
                                        Instant.now(),
                                        interval.getFirstRunTime().toInstant())
                                .toMillis());
        Runnable run = () -> run(jobId);
        timers.put(
                jobId,
                interval.getIntervalInMillis() > 0
                        ? executor.scheduleAtFixedRate(
                                run, delay, interval.getIntervalInMillis(), TimeUnit.MILLISECONDS)
                        : executor.schedule(run, delay, TimeUnit.MILLISECONDS));
        LOG.info("Scheduled {} every {}", jobId, Duration.ofMillis(interval.getIntervalInMillis()));
    }

    /** Runs a scheduled job now, on the caller's thread, and says how it went. */
    public JobRunnerResponse runNow(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        if (config == null) {
            return JobRunnerResponse.failed("no job " + jobId);
        }
        JobRunner runner = runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return JobRunnerResponse.failed("no runner " + config.getJobRunnerKey());
        }
        JobRunnerResponse response = runner.runJob(REQUEST);
        return response == null ? JobRunnerResponse.success() : response;
    }

    private void run(JobId jobId) {
        try {
            JobRunnerResponse response = runNow(jobId);
            LOG.info("Job {}: {} {}", jobId, response.getRunOutcome(), String.valueOf(response.getMessage()));
        } catch (RuntimeException e) {
            // A failing job must not stop later runs, as in Jira
            LOG.warn("Job {} failed", jobId, e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
