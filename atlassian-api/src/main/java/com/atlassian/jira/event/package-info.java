/**
 * Compile-only mirror of {@code ProjectDeletedEvent}, following
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/ProjectDeletedEvent.html
 * ({@code getId}, {@code getKey}; the constructor is Jira's internal one, used here only by the standalone host).
 * In Jira the class is final and extends {@code AbstractProjectEvent}; the app only receives it. Jira provides the
 * real type.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.event;
