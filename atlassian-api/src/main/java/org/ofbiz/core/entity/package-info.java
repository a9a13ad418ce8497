/**
 * Compile-only mirror of Jira's OfBiz entity engine exception, following
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/IssueManager.html. Jira provides
 * the real type at runtime.
 */
@org.jspecify.annotations.NullMarked
package org.ofbiz.core.entity;
