/**
 * Compile-only mirror of {@code EventType}'s issue event ids, following
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/type/EventType.html
 * ({@code ISSUE_DELETED_ID} = 8, {@code ISSUE_MOVED_ID} = 9). Jira provides the real type.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.event.type;
