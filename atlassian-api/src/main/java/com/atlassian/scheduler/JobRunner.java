package com.atlassian.scheduler;

import org.jspecify.annotations.Nullable;

/** The work of a scheduled job; a null response counts as success. */
public interface JobRunner {
    @Nullable
    JobRunnerResponse runJob(JobRunnerRequest request);
}
