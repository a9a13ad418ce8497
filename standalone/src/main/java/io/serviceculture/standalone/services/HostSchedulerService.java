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
import com.atlassian.scheduler.config.RunMode;
import io.serviceculture.standalone.cluster.JobClaims;
import io.serviceculture.standalone.cluster.LocalJobClaims;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atlassian Scheduler for one node of a cluster. Every node registers the runners and schedules the jobs; a
 * {@code RUN_ONCE_PER_CLUSTER} job's next run is kept in the shared database and a node runs it only after claiming
 * that run ({@link JobClaims}), so it runs on one node each time, whichever nodes are up. A {@code RUN_LOCALLY} job
 * runs on every node. Each node looks for due jobs every second on one daemon thread. Scheduling a job id again
 * replaces its schedule, as in Jira; an unchanged interval keeps the cluster's next run. Tests run a job at once
 * with {@link #runNow(JobId)}, or make it due with {@link #makeDue(JobId)}. Closing asks a running job to stop
 * ({@code JobRunnerRequest#isCancellationRequested}) and waits for it.
 */
public final class HostSchedulerService implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostSchedulerService.class);
    private static final long STOP_WAIT_SECONDS = 30;
    private static final long POLL_MILLIS = 1_000;

    private final JobClaims cluster;
    private final JobClaims local = new LocalJobClaims();
    private final String nodeId;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, AtomicInteger> runsHere = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "host-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledFuture<?> poller;
    private volatile boolean closing;
    // a job asks this whether to stop, as Jira's request asks the scheduler's state
    private final JobRunnerRequest request = () -> closing;

    /** A scheduler alone, for a node without others. */
    public HostSchedulerService() {
        this(new LocalJobClaims(), "node-1");
    }

    public HostSchedulerService(JobClaims cluster, String nodeId) {
        this.cluster = cluster;
        this.nodeId = nodeId;
        poller = executor.scheduleWithFixedDelay(this::runDue, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

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
        long now = System.currentTimeMillis();
        long first = interval.getFirstRunTime() == null
                ? now
                : interval.getFirstRunTime().toInstant().toEpochMilli();
        // a one-off job is "due every" ten years: it runs once
        long every = interval.getIntervalInMillis() > 0
                ? interval.getIntervalInMillis()
                : Duration.ofDays(3650).toMillis();
        claimsFor(jobConfig).schedule(jobId, every, first);
        jobs.put(jobId, jobConfig);
        LOG.info(
                "Scheduled {} every {} ({}) on node {}",
                jobId,
                Duration.ofMillis(every),
                jobConfig.getRunMode(),
                nodeId);
        if (first <= now) {
            executor.execute(this::runDue);
        }
    }

    private JobClaims claimsFor(JobConfig config) {
        return config.getRunMode() == RunMode.RUN_LOCALLY ? local : cluster;
    }

    /** Runs a scheduled job now, on the caller's thread and this node, and says how it went. */
    public JobRunnerResponse runNow(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        if (config == null) {
            return JobRunnerResponse.failed("no job " + jobId);
        }
        JobRunner runner = runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return JobRunnerResponse.failed("no runner " + config.getJobRunnerKey());
        }
        runsHere.computeIfAbsent(jobId, id -> new AtomicInteger()).incrementAndGet();
        JobRunnerResponse response = runner.runJob(request);
        return response == null ? JobRunnerResponse.success() : response;
    }

    /**
     * Runs, on the caller's thread, every job whose time has come and whose run this node claims; returns the
     * jobs it ran. The scheduler's own thread calls it every second.
     */
    public List<JobId> runDue() {
        List<JobId> ran = new ArrayList<>();
        for (Map.Entry<JobId, JobConfig> job : jobs.entrySet()) {
            // a node claims only runs it can do: its runner must be registered
            if (!runners.containsKey(job.getValue().getJobRunnerKey())) {
                continue;
            }
            try {
                if (claimsFor(job.getValue()).claim(job.getKey(), System.currentTimeMillis())) {
                    ran.add(job.getKey());
                    run(job.getKey());
                }
            } catch (RuntimeException e) {
                // the database may be away for a moment; the job stays due and is claimed on a later poll
                LOG.warn("Could not claim a run of {} on node {}", job.getKey(), nodeId, e);
            }
        }
        return ran;
    }

    /** Makes a job due now, as if its time had come: the next poll of some node runs it. */
    public void makeDue(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        if (config != null) {
            claimsFor(config).makeDue(jobId);
        }
    }

    /** How often this node has run the job since it started. */
    public int runsOnThisNode(JobId jobId) {
        AtomicInteger runs = runsHere.get(jobId);
        return runs == null ? 0 : runs.get();
    }

    /** The jobs scheduled, by id. */
    public List<JobId> jobIds() {
        return List.copyOf(jobs.keySet());
    }

    public String nodeId() {
        return nodeId;
    }

    private void run(JobId jobId) {
        try {
            JobRunnerResponse response = runNow(jobId);
            LOG.info(
                    "Job {} on node {}: {} {}",
                    jobId,
                    nodeId,
                    response.getRunOutcome(),
                    String.valueOf(response.getMessage()));
        } catch (RuntimeException e) {
            // A failing job must not stop later runs, as in Jira
            LOG.warn("Job {} failed on node {}", jobId, nodeId, e);
        }
    }

    /** Asks a running job to stop and waits for it, so no job outlives the host (and the database it uses). */
    @Override
    public void close() {
        closing = true;
        poller.cancel(false);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("A job on node {} did not stop within {} s", nodeId, STOP_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
