/**
 * Compile-only mirror of the exception Jira's {@code IssueManager#getIssueIdsForProject(Long)} declares, following
 * https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html. Jira provides the real type.
 */
@org.jspecify.annotations.NullMarked
package org.ofbiz.core.entity;
