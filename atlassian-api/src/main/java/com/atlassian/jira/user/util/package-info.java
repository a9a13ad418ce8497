/**
 * Compile-only mirror of Jira user lookup, following https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/util/UserManager.html. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.user.util;
