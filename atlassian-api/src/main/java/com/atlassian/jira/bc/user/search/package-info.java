/**
 * Compile-only mirror of Jira user search, following https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/user/search/UserSearchService.html. Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.bc.user.search;
