/**
 * Compile-only mirror of Jira issues, following https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/IssueManager.html and Issue.html (fields read by the standards feature: created, reporter, assignee, status, project, type, priority, labels, components). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.issue;
