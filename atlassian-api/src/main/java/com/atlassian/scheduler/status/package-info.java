/**
 * Compile-only mirror of Atlassian Scheduler's {@code RunOutcome}, following
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/RunOutcome.html,
 * which {@code JobRunnerResponse#getRunOutcome} returns. Jira provides the real type at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.scheduler.status;
