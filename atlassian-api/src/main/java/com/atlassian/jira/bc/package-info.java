/**
 * Compile-only mirror of Jira's {@code ServiceResult} ({@code isValid}, {@code getErrorCollection}) and
 * {@code ServiceResultImpl(ErrorCollection)}, which anonymisation handlers return, following
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/ServiceResultImpl.html. Jira provides
 * the real types.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.bc;
