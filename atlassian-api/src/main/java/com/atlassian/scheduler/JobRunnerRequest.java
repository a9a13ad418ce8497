package com.atlassian.scheduler;

/** What the scheduler passes to a job run; the app reads only whether it should stop. */
public interface JobRunnerRequest {
    /** True when the job should stop as soon as it can; cancellation is cooperative. */
    boolean isCancellationRequested();
}
