/**
 * Compile-only mirror of Jira's task progress {@code Context} ({@code start(Object)} and {@code Context.Task#complete},
 * the two calls the app makes, as Atlassian's own anonymisation handlers do), following
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/task/context/Context.html. Jira provides
 * the real type.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.task.context;
