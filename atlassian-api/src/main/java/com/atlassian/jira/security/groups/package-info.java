/**
 * Compile-only mirror of Jira groups, following https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/groups/GroupManager.html. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.security.groups;
