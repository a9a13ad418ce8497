/**
 * Compile-only mirror of Jira application roles, following https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/application/ApplicationRoleManager.html. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.application;
