package io.serviceculture.plugin.scheduling;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long job's tie to its plugin: its runner is registered while the plugin runs, a run asks {@link #shouldStop}
 * between steps, and stopping the plugin waits for the run on this node, so no run outlives the plugin or Jira.
 */
public final class StoppableRun {
    /** A step takes well under a second; this only bounds a stop when the database hangs. */
    private static final long STOP_WAIT_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(StoppableRun.class);

    private final SchedulerService scheduler;
    private final JobRunnerKey runnerKey;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();

    public StoppableRun(SchedulerService scheduler, JobRunnerKey runnerKey) {
        this.scheduler = scheduler;
        this.runnerKey = runnerKey;
    }

    /** From the plugin's start: this node may run the job again. */
    public void register(JobRunner runner) {
        stopping.set(false);
        scheduler.registerJobRunner(runnerKey, runner);
    }

    /** From the plugin's stop: asks a run on this node to stop and waits for it. */
    public void stopAndWait() {
        stopping.set(true);
        scheduler.unregisterJobRunner(runnerKey);
        try {
            if (running.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                running.unlock();
            } else {
                LOG.warn("The job {} did not stop within {} s", runnerKey, STOP_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the work unless the plugin or Jira is stopping, one run at a time on this node. */
    public JobRunnerResponse run(JobRunnerRequest request, Function<JobRunnerRequest, JobRunnerResponse> work) {
        running.lock();
        try {
            if (shouldStop(request)) {
                return JobRunnerResponse.success("stopping: the run did not start");
            }
            return work.apply(request);
        } finally {
            running.unlock();
        }
    }

    /** True once the plugin stops on this node or Jira asks the job to stop. */
    public boolean shouldStop(JobRunnerRequest request) {
        return stopping.get() || request.isCancellationRequested();
    }
}
