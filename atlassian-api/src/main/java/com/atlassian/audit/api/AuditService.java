package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

/** Accepts events into Jira's audit log. */
public interface AuditService {
    void audit(AuditEvent event);
}
