/**
 * Compile-only mirror of Jira built-in project permissions, following https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/permission/ProjectPermissions.html. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.permission;
