/**
 * Compile-only mirror of Jira's change items, following https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/history/ChangeItemBean.html. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.issue.history;
