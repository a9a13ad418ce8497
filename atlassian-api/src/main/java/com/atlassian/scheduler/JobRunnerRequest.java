package com.atlassian.scheduler;

/** What the scheduler passes to a job run; the app reads none of it, so no method is mirrored. */
public interface JobRunnerRequest {}
