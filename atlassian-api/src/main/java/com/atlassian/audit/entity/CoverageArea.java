package com.atlassian.audit.entity;

/** The product area an audit event belongs to. */
public enum CoverageArea {
    AUDIT_LOG,
    ECOSYSTEM,
    END_USER_ACTIVITY,
    GLOBAL_CONFIG_AND_ADMINISTRATION,
    LOCAL_CONFIG_AND_ADMINISTRATION,
    PERMISSIONS,
    SECURITY,
    USER_MANAGEMENT
}
