/**
 * Compile-only mirror of Atlassian Scheduler, following
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * ({@code registerJobRunner}, {@code unregisterJobRunner}, {@code scheduleJob}, which the app calls),
 * https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html (its one
 * method, as the app implements it), {@code JobRunnerRequest#isCancellationRequested}
 * (https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html), {@code JobRunnerResponse}
 * ({@code success}, {@code failed}, {@code getMessage}, {@code getRunOutcome}) and the checked {@code SchedulerServiceException}. Jira provides the real types.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.scheduler;
