/**
 * Compile-only mirror of Jira's status categories, following https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/status/category/StatusCategory.html. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.issue.status.category;
