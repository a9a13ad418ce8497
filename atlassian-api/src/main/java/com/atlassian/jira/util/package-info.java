/**
 * Compile-only mirror of Jira's {@code ErrorCollection} ({@code addErrorMessage}, {@code getErrorMessages},
 * {@code hasAnyErrors}) and {@code SimpleErrorCollection}, following
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/util/SimpleErrorCollection.html. Jira
 * provides the real types.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.util;
