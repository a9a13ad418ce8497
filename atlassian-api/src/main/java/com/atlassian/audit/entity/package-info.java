/**
 * Compile-only mirror of Atlassian Audit's entities, following
 * https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/package-summary.html:
 * {@code AuditType.fromI18nKeys(CoverageArea, CoverageLevel, String, String)} and its builder's {@code build},
 * {@code AuditEvent.builder(AuditType)}, {@code AuditEvent.Builder#extraAttribute(AuditAttribute)} and {@code build},
 * {@code AuditEvent#getActionI18nKey} and {@code getExtraAttributeByKey}, {@code new AuditAttribute.Builder(String
 * nameI18nKey, String value).build()}, and the {@code CoverageArea} and {@code CoverageLevel} constants (levels as
 * the audit log's coverage settings name them: base, advanced, full). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.audit.entity;
