/**
 * Compile-only mirror of Atlassian Audit's service, following
 * https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/api/package-summary.html
 * ({@code AuditService#audit(AuditEvent)}, the one method the app calls; its signature is also shown by
 * https://docs.atlassian.com/atlassian-crowd/6.1.0/com/atlassian/sal/crowd/audit/LoggingAuditService.html). Jira
 * provides the real type at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.audit.api;
