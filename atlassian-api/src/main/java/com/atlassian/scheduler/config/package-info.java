/**
 * Compile-only mirror of Atlassian Scheduler's configuration, following
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html:
 * {@code JobId.of}, {@code JobRunnerKey.of}, {@code JobConfig.forJobRunnerKey/withRunMode/withSchedule} and their
 * getters, {@code RunMode}, {@code Schedule.forInterval}, and {@code Schedule.runOnce(@Nullable Date runTime)}, which
 * later versions of the API add as {@code forInterval(0L, runTime)} (not in the 1.6.0 Javadoc above). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.scheduler.config;
