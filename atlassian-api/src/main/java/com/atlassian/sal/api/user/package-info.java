/**
 * Compile-only mirror of SAL users, following https://docs.atlassian.com/sal-api/ (com.atlassian.sal.api.user.UserManager, UserKey, UserProfile). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.sal.api.user;
