/**
 * Compile-only mirror of Jira's watchers, following
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/watchers/WatcherManager.html (the method below
 * is listed there as {@code Collection<String> getWatcherUserKeys(Issue issue)}). Jira provides the real type at
 * runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.issue.watchers;
