/**
 * Compile-only mirror of the Atlassian security annotations, following https://docs.atlassian.com/atlassian-annotations/ (com.atlassian.annotations.security.XsrfProtectionExcluded). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.annotations.security;
